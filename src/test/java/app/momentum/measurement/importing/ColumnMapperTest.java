package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.TargetLevel;
import app.momentum.measurement.analysis.MomentInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ColumnMapperTest {

    private final MomentInfo intake = new MomentInfo(UUID.randomUUID(), "Intake call", TargetLevel.SEVEN_PLUS);
    private final MomentInfo delivery = new MomentInfo(UUID.randomUUID(), "Delivery", TargetLevel.NINE_PLUS);

    @Test
    void mapsMomentTitlesIgnoringCaseAndSpaces() {
        ColumnMapping mapping = ColumnMapper.suggest(List.of("  intake   CALL ", "DELIVERY"),
                List.of(intake, delivery), ColumnMapping.EMPTY);

        assertThat(mapping.assignmentOf("  intake   CALL ")).isEqualTo(ColumnAssignment.moment(intake.id()));
        assertThat(mapping.assignmentOf("DELIVERY")).isEqualTo(ColumnAssignment.moment(delivery.id()));
    }

    @Test
    void mapsWellKnownHeaders() {
        List<String> headers = List.of("Respondent_ID", "NPS", "Moeite", "Segmentwaarde", "Whatever");

        ColumnMapping mapping = ColumnMapper.suggest(headers, List.of(), null);

        assertThat(mapping.assignmentOf("Respondent_ID").role()).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(mapping.assignmentOf("NPS").role()).isEqualTo(ColumnRole.RECOMMEND);
        assertThat(mapping.assignmentOf("Moeite").role()).isEqualTo(ColumnRole.EFFORT);
        assertThat(mapping.assignmentOf("Segmentwaarde").role()).isEqualTo(ColumnRole.SEGMENT);
        assertThat(mapping.assignmentOf("Whatever").role()).isEqualTo(ColumnRole.IGNORE);
    }

    @Test
    void recognisesDutchAndLongRecommendNames() {
        ColumnMapping mapping = ColumnMapper.suggest(List.of("respondentnummer", "Likelihood to recommend"),
                List.of(), null);

        assertThat(mapping.assignmentOf("respondentnummer").role()).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(mapping.assignmentOf("Likelihood to recommend").role()).isEqualTo(ColumnRole.RECOMMEND);
    }

    @Test
    void rememberedMappingWinsOverTitleAndKnownNames() {
        ColumnMapping remembered = new ColumnMapping(Map.of(
                "Delivery", ColumnAssignment.moment(intake.id()),
                "nps", ColumnAssignment.IGNORED,
                "Score", ColumnAssignment.of(ColumnRole.RECOMMEND)));

        ColumnMapping mapping = ColumnMapper.suggest(List.of("Delivery", "nps", "Score"),
                List.of(intake, delivery), remembered);

        assertThat(mapping.assignmentOf("Delivery")).isEqualTo(ColumnAssignment.moment(intake.id()));
        assertThat(mapping.assignmentOf("nps").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(mapping.assignmentOf("Score").role()).isEqualTo(ColumnRole.RECOMMEND);
    }

    @Test
    void rememberedMomentThatNoLongerExistsFallsBackToTitle() {
        ColumnMapping remembered = new ColumnMapping(Map.of("Delivery", ColumnAssignment.moment(UUID.randomUUID())));

        ColumnMapping mapping = ColumnMapper.suggest(List.of("Delivery"), List.of(delivery), remembered);

        assertThat(mapping.assignmentOf("Delivery")).isEqualTo(ColumnAssignment.moment(delivery.id()));
    }

    @Test
    void singleUseRoleIsSuggestedOnlyOnce() {
        ColumnMapping mapping = ColumnMapper.suggest(List.of("id", "respondent"), List.of(), null);

        assertThat(mapping.assignmentOf("id").role()).isEqualTo(ColumnRole.RESPONDENT_ID);
        assertThat(mapping.assignmentOf("respondent").role()).isEqualTo(ColumnRole.IGNORE);
    }

    @Test
    void repeatingTextIsProposedAsASegmentNumbersAndFreeTextAreNot() {
        List<String> headers = List.of("Respondent", "Region", "Comment", "Age", "NPS");
        List<List<String>> samples = List.of(
                List.of("r1", "North", "Great", "34", "9"),
                List.of("r2", "South", "Too slow", "41", "6"),
                List.of("r3", "North", "", "29", "8"));

        ColumnMapping mapping = ColumnMapper.suggest(headers, samples, List.of(), ColumnMapping.EMPTY);

        assertThat(mapping.assignmentOf("Region").role()).isEqualTo(ColumnRole.SEGMENT);
        assertThat(mapping.assignmentOf("Comment").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(mapping.assignmentOf("Age").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(mapping.assignmentOf("Respondent").role()).isEqualTo(ColumnRole.RESPONDENT_ID);
        // what the user decided last time wins over the guess
        ColumnMapping remembered = new ColumnMapping(java.util.Map.of("Region", ColumnAssignment.IGNORED));
        assertThat(ColumnMapper.suggest(headers, samples, List.of(), remembered).assignmentOf("Region").role())
                .isEqualTo(ColumnRole.IGNORE);
    }
}
