package app.momentum.measurement.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers survey tools write into their exports, per role, in English and Dutch: the one table automatic
 * mapping knows. SurveyMonkey, Typeform and Google Forms head a column with the question's text; Qualtrics with its
 * own field names or, when asked, the question text too. Headers are compared after {@link #key} (case, spacing,
 * {@code _}/{@code -} and punctuation folded), so "Met my needs?" and "met_my_needs" are one header.
 *
 * <p>Only roles with an unambiguous header are listed; a moment's column is found by the moment's title instead.
 */
public enum SurveyToolHeaders {

    /** Headers any export may use, Momentum's own template included. */
    GENERIC(Map.of(
            ColumnRole.RESPONDENT_ID, List.of("id", "respondent", "respondent id", "respondentid", "respondentnummer",
                    "respondent nummer", "respondent nr"),
            ColumnRole.SEGMENT, List.of("segment", "segmentwaarde", "segment value"),
            ColumnRole.RECOMMEND, List.of("recommend", "nps", "aanbevelen", "likelihood to recommend",
                    "aanbevelingsbereidheid"),
            ColumnRole.EFFORT, List.of("effort", "ces", "moeite", "customer effort", "inspanning"),
            ColumnRole.CXI_NEEDS, List.of("cxi needs", "needs", "needs met", "met my needs", "voldeed aan behoefte",
                    "voldeed aan mijn behoefte"),
            ColumnRole.CXI_EASY, List.of("cxi easy", "easy", "makkelijk"),
            ColumnRole.CXI_ENJOYABLE, List.of("cxi enjoyable", "enjoyable", "prettig"),
            ColumnRole.OVERALL_SATISFACTION, List.of("overall satisfaction", "satisfaction", "tevredenheid",
                    "algemene tevredenheid"),
            ColumnRole.WEIGHT, List.of("weight", "weging", "gewicht", "respondent weight", "weegfactor"),
            ColumnRole.EXPECT_TO_STAY, List.of("expect to stay", "retention intention", "verwacht te blijven",
                    "klant blijven", "how likely are you to stay a customer",
                    "hoe waarschijnlijk is het dat u klant blijft", "hoe waarschijnlijk is het dat je klant blijft"))),

    /** Qualtrics: {@code ResponseId} and the field names of its CX question library. */
    QUALTRICS(Map.of(
            ColumnRole.RESPONDENT_ID, List.of("responseid", "response id"),
            ColumnRole.RECOMMEND, List.of("q nps", "nps score", "nps_score"),
            ColumnRole.OVERALL_SATISFACTION, List.of("osat", "overall sat", "csat overall"),
            ColumnRole.CXI_NEEDS, List.of("cxi_needs_met", "cxi met needs"),
            ColumnRole.CXI_EASY, List.of("cxi_ease", "cxi easy to do business"),
            ColumnRole.CXI_ENJOYABLE, List.of("cxi_enjoyment", "cxi enjoyable to do business"))),

    /** SurveyMonkey: {@code Respondent ID} and its question-bank wording. */
    SURVEYMONKEY(Map.of(
            ColumnRole.RESPONDENT_ID, List.of("respondent id", "respondent-id"),
            ColumnRole.RECOMMEND, List.of(
                    "how likely is it that you would recommend this company to a friend or colleague",
                    "hoe waarschijnlijk is het dat u dit bedrijf zou aanbevelen aan een vriend of collega"),
            ColumnRole.OVERALL_SATISFACTION, List.of("overall how satisfied or dissatisfied are you with our company",
                    "hoe tevreden of ontevreden bent u over het algemeen met ons bedrijf"),
            ColumnRole.EFFORT, List.of("the company made it easy for me to handle my issue",
                    "het bedrijf maakte het mij gemakkelijk om mijn probleem af te handelen"))),

    /** Typeform: the response token in {@code #} and its template wording. */
    TYPEFORM(Map.of(
            ColumnRole.RESPONDENT_ID, List.of("#", "token", "response id"),
            ColumnRole.RECOMMEND, List.of("how likely are you to recommend us to a friend or colleague",
                    "hoe waarschijnlijk is het dat je ons aanbeveelt aan een vriend of collega"),
            ColumnRole.CXI_NEEDS, List.of("how well did we meet your needs", "hoe goed voldeden we aan je behoefte"),
            ColumnRole.CXI_EASY, List.of("how easy was it to do business with us",
                    "hoe makkelijk was het om zaken met ons te doen"),
            ColumnRole.CXI_ENJOYABLE, List.of("how enjoyable was it to do business with us",
                    "hoe prettig was het om zaken met ons te doen"))),

    /** Google Forms: the question's title, no id column (its {@code Timestamp} is not one). */
    GOOGLE_FORMS(Map.of(
            ColumnRole.RECOMMEND, List.of("how likely are you to recommend us",
                    "how likely are you to recommend us to friends or family",
                    "hoe waarschijnlijk is het dat je ons aanbeveelt",
                    "hoe waarschijnlijk is het dat u ons aanbeveelt"),
            ColumnRole.OVERALL_SATISFACTION, List.of("how satisfied are you overall", "hoe tevreden ben je in het algemeen",
                    "hoe tevreden bent u in het algemeen"),
            ColumnRole.CXI_NEEDS, List.of("the service met my needs", "de dienstverlening voldeed aan mijn behoefte"),
            ColumnRole.CXI_EASY, List.of("it was easy to do business with you", "het was makkelijk om zaken met jullie te doen"),
            ColumnRole.CXI_ENJOYABLE, List.of("it was enjoyable to do business with you",
                    "het was prettig om zaken met jullie te doen")));

    private final Map<ColumnRole, List<String>> headers;

    SurveyToolHeaders(Map<ColumnRole, List<String>> headers) {
        this.headers = headers;
    }

    /** This tool's headers per role, as written (compare with {@link #key}). */
    public Map<ColumnRole, List<String>> headers() {
        return headers;
    }

    /** Every tool's headers by {@link #key}; a header two tools use for one role is listed once. */
    static Map<String, ColumnRole> byKey() {
        Map<String, ColumnRole> known = new LinkedHashMap<>();
        for (SurveyToolHeaders tool : values()) {
            tool.headers.forEach((role, names) -> names.forEach(name -> {
                ColumnRole before = known.putIfAbsent(key(name), role);
                if (before != null && before != role) {
                    throw new IllegalStateException(tool + ": \"" + name + "\" is " + before + " elsewhere");
                }
            }));
        }
        return Map.copyOf(known);
    }

    /**
     * The comparison form of a header: lower case; {@code _} and {@code -} as spaces; question marks, colons, quotes,
     * brackets and the asterisk of a required question left out; spaces collapsed. {@code #} stays (Typeform's id).
     */
    static String key(String header) {
        return header.toLowerCase(java.util.Locale.ROOT).replaceAll("[_\\-]+", " ")
                .replaceAll("[?!:.,;'’\"()\\[\\]*]", "").replaceAll("\\s+", " ").strip();
    }
}
