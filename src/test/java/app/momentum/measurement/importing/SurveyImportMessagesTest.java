package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.momentum.base.i18n.MomentumI18NProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the user reads for a bad survey file: a translated sentence naming the row, column and value. */
class SurveyImportMessagesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final MomentumI18NProvider provider = new MomentumI18NProvider();

    private static SurveyImportException failureOf(String csv) {
        return catchThrowableOfType(SurveyImportException.class, () -> {
            SurveyTable table = SurveyCsvReader.read(csv.getBytes(StandardCharsets.UTF_8), 10_000);
            ColumnMapping mapping = new ColumnMapping(Map.of(
                    "id", ColumnAssignment.of(ColumnRole.RESPONDENT_ID),
                    "nps", ColumnAssignment.of(ColumnRole.RECOMMEND)));
            SurveyRespondentConverter.convert(table, mapping, 7);
        });
    }

    private String english(SurveyImportException e) {
        return provider.getTranslation(e.key(), Locale.ENGLISH, e.messageArguments());
    }

    private String dutch(SurveyImportException e) {
        return provider.getTranslation(e.key(), DUTCH, e.messageArguments());
    }

    @Test
    void anOutOfRangeScoreNamesRowColumnValueAndRangeInBothLanguages() {
        SurveyImportException e = failureOf("id;nps\nr1;8\nr2;11\n");

        assertThat(english(e)).isEqualTo("Row 3, column \"nps\": \"11\" must be between 0 and 10.");
        assertThat(dutch(e)).isEqualTo("Rij 3, kolom \"nps\": \"11\" moet tussen 0 en 10 liggen.");
    }

    @Test
    void aDuplicateRespondentPointsAtTheFirstOccurrence() {
        SurveyImportException e = failureOf("id;nps\nr1;8\nr1;9\n");

        assertThat(english(e)).isEqualTo("Row 3, column \"id\": respondent \"r1\" already appears in row 2.");
        assertThat(dutch(e)).isEqualTo("Rij 3, kolom \"id\": respondent \"r1\" komt al voor in rij 2.");
    }

    @Test
    void aColumnNamedTwiceIsRefusedBecauseTheMappingCouldNotTellThemApart() {
        SurveyImportException e = failureOf("id;nps;Intake; intake \nr1;8;7;9\n");

        assertThat(e.key()).isEqualTo("import.error.duplicate-column");
        assertThat(english(e)).isEqualTo("Row 1: the column \"intake\" appears more than once in the header."
                + " Give every column its own name.");
    }

    @Test
    void everyFileLevelProblemHasATranslatedMessage() {
        List<SurveyImportException> failures = List.of(
                failureOf(""), failureOf("id;nps\n"), failureOf("id;nps\nr1;\"8\n"), failureOf("id;nps\nr1;8;x\n"),
                failureOf("id;nps\nr1;acht\n"), failureOf("id;nps\n;8\n"));

        assertThat(failures).extracting(SurveyImportException::key).containsExactly(
                "import.error.empty-file", "import.error.header-only", "import.error.unclosed-quote",
                "import.error.wrong-column-count", "import.error.not-numeric", "import.error.missing-respondent-id");
        for (SurveyImportException e : failures) {
            assertThat(english(e)).doesNotStartWith("!").doesNotContain("{");
            assertThat(dutch(e)).doesNotStartWith("!").doesNotContain("{").isNotEqualTo(english(e));
        }
    }
}
