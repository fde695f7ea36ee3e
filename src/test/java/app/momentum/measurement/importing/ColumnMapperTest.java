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
    void proposesAHeaderNamingABrandValueAsThatValuesColumnOnTheScaleItsSamplesFit() {
        UUID honest = UUID.randomUUID();
        UUID warm = UUID.randomUUID();
        Map<UUID, String> values = new java.util.LinkedHashMap<>();
        values.put(honest, "Eerlijk");
        values.put(warm, "Warm");
        List<String> headers = List.of("id", "Ervaart u ons als eerlijk?", "Brand: warm", "Eerlijk (again)",
                "Warmth of staff");
        List<List<String>> samples = List.of(List.of("r1", "4", "8", "2", "x"), List.of("r2", "5", "3", "1", "y"));

        ColumnMapping mapping = ColumnMapper.suggest(headers, samples, List.of(), values, ColumnMapping.EMPTY);

        assertThat(mapping.assignmentOf("Ervaart u ons als eerlijk?"))
                .isEqualTo(ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_5, honest));
        assertThat(mapping.assignmentOf("Brand: warm"))
                .isEqualTo(ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_10, warm));
        // each value once: a second column naming it is left for the user to decide
        assertThat(mapping.assignmentOf("Eerlijk (again)").role()).isNotEqualTo(ColumnRole.BRAND_VALUE_5);
        // "warmth" is not the word "warm"
        assertThat(mapping.assignmentOf("Warmth of staff").role()).isNotIn(ColumnRole.BRAND_VALUE_5,
                ColumnRole.BRAND_VALUE_10);
    }

    @Test
    void aBrandValueRememberedForAHeaderComesBackAsIs() {
        UUID honest = UUID.randomUUID();
        ColumnMapping remembered = new ColumnMapping(Map.of("Q7",
                ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_10, honest)));

        ColumnMapping mapping = ColumnMapper.suggest(List.of("Q7"), List.of(List.of("3")), List.of(),
                Map.of(honest, "Honest"), remembered);

        assertThat(mapping.assignmentOf("Q7")).isEqualTo(ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_10, honest));
    }

    @Test
    void aBrandValueColumnNeedsItsValueAndOnlyItsRolesHaveOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ColumnAssignment(ColumnRole.BRAND_VALUE_5, null,
                null, null)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ColumnAssignment(ColumnRole.SEGMENT, null,
                null, UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
        assertThat(ColumnRole.BRAND_VALUE_5.repeatable()).isTrue();
        assertThat(ColumnRole.BRAND_VALUE_10.brandScaleMax()).isEqualTo(10);
        assertThat(ColumnRole.MOMENT.brandScaleMax()).isZero();
        assertThat(ColumnRole.MOMENT.needsBrandValue()).isFalse();
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
