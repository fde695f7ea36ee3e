package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automatic mapping of the headers each survey tool writes, in English and Dutch, as in a real export's first row. */
class SurveyToolHeadersTest {

    private static Map<String, ColumnRole> mapped(String... headers) {
        ColumnMapping mapping = ColumnMapper.suggest(List.of(headers), List.of(), ColumnMapping.EMPTY);
        Map<String, ColumnRole> roles = new java.util.LinkedHashMap<>();
        mapping.assignments().forEach((header, assignment) -> roles.put(header, assignment.role()));
        return roles;
    }

    @Test
    void qualtrics() {
        assertThat(mapped("StartDate", "ResponseId", "Q_NPS", "OSAT", "CXi_needs_met", "CXi_ease", "CXi_enjoyment",
                "Q1_NPS_GROUP")).containsExactly(
                Map.entry("StartDate", ColumnRole.IGNORE), Map.entry("ResponseId", ColumnRole.RESPONDENT_ID),
                Map.entry("Q_NPS", ColumnRole.RECOMMEND), Map.entry("OSAT", ColumnRole.OVERALL_SATISFACTION),
                Map.entry("CXi_needs_met", ColumnRole.CXI_NEEDS), Map.entry("CXi_ease", ColumnRole.CXI_EASY),
                Map.entry("CXi_enjoyment", ColumnRole.CXI_ENJOYABLE),
                // the Promoter/Passive/Detractor text column is not the score
                Map.entry("Q1_NPS_GROUP", ColumnRole.IGNORE));
    }

    @Test
    void surveyMonkeyInEnglishAndDutch() {
        assertThat(mapped("Respondent ID", "Collector ID",
                "How likely is it that you would recommend this company to a friend or colleague?",
                "Overall, how satisfied or dissatisfied are you with our company?",
                "The company made it easy for me to handle my issue.")).containsExactly(
                Map.entry("Respondent ID", ColumnRole.RESPONDENT_ID), Map.entry("Collector ID", ColumnRole.IGNORE),
                Map.entry("How likely is it that you would recommend this company to a friend or colleague?",
                        ColumnRole.RECOMMEND),
                Map.entry("Overall, how satisfied or dissatisfied are you with our company?",
                        ColumnRole.OVERALL_SATISFACTION),
                Map.entry("The company made it easy for me to handle my issue.", ColumnRole.EFFORT));
        assertThat(mapped("Respondent-ID",
                "Hoe waarschijnlijk is het dat u dit bedrijf zou aanbevelen aan een vriend of collega?",
                "Hoe tevreden of ontevreden bent u over het algemeen met ons bedrijf?").values())
                .containsExactly(ColumnRole.RESPONDENT_ID, ColumnRole.RECOMMEND, ColumnRole.OVERALL_SATISFACTION);
    }

    @Test
    void typeformInEnglishAndDutch() {
        assertThat(mapped("#", "How likely are you to recommend us to a friend or colleague?",
                "How well did we meet your needs?", "How easy was it to do business with us?",
                "How enjoyable was it to do business with us?", "Submit Date (UTC)").values())
                .containsExactly(ColumnRole.RESPONDENT_ID, ColumnRole.RECOMMEND, ColumnRole.CXI_NEEDS,
                        ColumnRole.CXI_EASY, ColumnRole.CXI_ENJOYABLE, ColumnRole.IGNORE);
        assertThat(mapped("#", "Hoe waarschijnlijk is het dat je ons aanbeveelt aan een vriend of collega?",
                "Hoe goed voldeden we aan je behoefte?", "Hoe makkelijk was het om zaken met ons te doen?",
                "Hoe prettig was het om zaken met ons te doen?").values())
                .containsExactly(ColumnRole.RESPONDENT_ID, ColumnRole.RECOMMEND, ColumnRole.CXI_NEEDS,
                        ColumnRole.CXI_EASY, ColumnRole.CXI_ENJOYABLE);
    }

    @Test
    void googleFormsInEnglishAndDutch() {
        assertThat(mapped("Timestamp", "How likely are you to recommend us? *", "How satisfied are you overall?",
                "The service met my needs", "It was easy to do business with you",
                "It was enjoyable to do business with you").values())
                .containsExactly(ColumnRole.IGNORE, ColumnRole.RECOMMEND, ColumnRole.OVERALL_SATISFACTION,
                        ColumnRole.CXI_NEEDS, ColumnRole.CXI_EASY, ColumnRole.CXI_ENJOYABLE);
        assertThat(mapped("Tijdstempel", "Hoe waarschijnlijk is het dat u ons aanbeveelt?",
                "Hoe tevreden bent u in het algemeen?", "De dienstverlening voldeed aan mijn behoefte",
                "Het was makkelijk om zaken met jullie te doen", "Het was prettig om zaken met jullie te doen").values())
                .containsExactly(ColumnRole.IGNORE, ColumnRole.RECOMMEND, ColumnRole.OVERALL_SATISFACTION,
                        ColumnRole.CXI_NEEDS, ColumnRole.CXI_EASY, ColumnRole.CXI_ENJOYABLE);
    }

    @Test
    void theIssuesNeedsMetColumnIsRecognisedInEitherLanguage() {
        assertThat(mapped("needs_met", "Met my needs", "Voldeed aan mijn behoefte").values())
                // one CXi column per role: the second and third are left for the user
                .containsExactly(ColumnRole.CXI_NEEDS, ColumnRole.IGNORE, ColumnRole.IGNORE);
        assertThat(SurveyToolHeaders.key("Voldeed aan mijn behoefte?")).isEqualTo("voldeed aan mijn behoefte");
        assertThat(mapped("Voldeed aan mijn behoefte").values()).containsExactly(ColumnRole.CXI_NEEDS);
    }

    @Test
    void everyToolsHeaderMapsToItsRoleAndNoHeaderMeansTwoRoles() {
        Map<String, ColumnRole> all = SurveyToolHeaders.byKey();
        for (SurveyToolHeaders tool : SurveyToolHeaders.values()) {
            tool.headers().forEach((role, headers) -> headers.forEach(header ->
                    assertThat(all.get(SurveyToolHeaders.key(header))).as(tool + " " + header).isEqualTo(role)));
        }
    }
}
