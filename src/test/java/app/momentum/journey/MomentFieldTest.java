package app.momentum.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.journey.JourneyMapService.MomentData;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fields of a moment as the merge compares them: one per MomentData component, in one normal form. */
class MomentFieldTest {

    static final UUID CHANNEL = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID VALUE_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID VALUE_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID DISCIPLINE = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-00000000000e");

    static MomentData full() {
        return new MomentData("Receive the keys", "Signs", "Finally", "Relieved", CHANNEL, "Notary",
                MomentNature.EMOTIONAL, TargetLevel.NINE_PLUS, true, true, List.of(VALUE_B, VALUE_A), "Keys on time",
                "SAFETY", List.of(ExperienceDimension.RELATE, ExperienceDimension.SENSE),
                List.of(ExperienceProvider.PEOPLE, ExperienceProvider.COMMUNICATIONS), -1, 3, "Flowers", "Checklist",
                DISCIPLINE, OWNER);
    }

    @Test
    void thereIsOneFieldPerMomentDataComponentEachWithItsLabel() {
        assertThat(MomentField.values()).hasSize(MomentData.class.getRecordComponents().length);
        assertThat(MomentField.values(full())).containsOnlyKeys(MomentField.values());
        assertThat(MomentField.TITLE.labelKey()).isEqualTo("moment.name");
        assertThat(MomentField.CUSTOMER_DOES.labelKey()).isEqualTo("moment.does");
        assertThat(Arrays.stream(MomentField.values()).map(MomentField::labelKey)).allMatch(key -> key.startsWith("moment."))
                .doesNotHaveDuplicates();
    }

    @Test
    void valuesAndDataGoBackAndForthWithoutLoss() {
        MomentData data = full();
        Map<MomentField, Object> values = MomentField.values(data);
        assertThat(values.get(MomentField.TITLE)).isEqualTo("Receive the keys");
        assertThat(values.get(MomentField.CHANNEL)).isEqualTo(CHANNEL);
        assertThat(values.get(MomentField.MOMENT_OF_TRUTH)).isEqualTo(true);
        assertThat(values.get(MomentField.BRAND_MOMENT)).isEqualTo(true);
        assertThat(values.get(MomentField.CURRENT_EMOTION)).isEqualTo(-1);
        assertThat(values.get(MomentField.DESIRED_EMOTION)).isEqualTo(3);
        assertThat(values.get(MomentField.OWNER_USER)).isEqualTo(OWNER);
        MomentData back = MomentField.data(values);
        assertThat(back.brandValueIds()).containsExactly(VALUE_B, VALUE_A);
        // enum sets in their own order, whatever order they were picked in
        assertThat(back.dimensions()).containsExactly(ExperienceDimension.SENSE, ExperienceDimension.RELATE);
        assertThat(back.providers()).containsExactly(ExperienceProvider.COMMUNICATIONS, ExperienceProvider.PEOPLE);
        assertThat(back).usingRecursiveComparison().ignoringFields("dimensions", "providers").isEqualTo(data);
    }

    @Test
    void missingFieldsAreEmptyWithTheStoredDefaults() {
        MomentData data = MomentField.data(Map.of(MomentField.TITLE, "Only a title"));
        assertThat(data.title()).isEqualTo("Only a title");
        assertThat(data.customerDoes()).isNull();
        assertThat(data.nature()).isEqualTo(MomentNature.FUNCTIONAL);
        assertThat(data.targetLevel()).isEqualTo(TargetLevel.SEVEN_PLUS);
        assertThat(data.momentOfTruth()).isFalse();
        assertThat(data.brandValueIds()).isEmpty();
        assertThat(data.dimensions()).isEmpty();
        assertThat(data.currentEmotion()).isNull();
        assertThat(data.ownerUserId()).isNull();
    }

    @Test
    void whatAFormOrCanvasSendsIsComparedInTheStoredForm() {
        assertThat(MomentField.CUSTOMER_DOES.normalize("  ")).isNull();
        assertThat(MomentField.CUSTOMER_DOES.normalize("")).isNull();
        assertThat(MomentField.TITLE.normalize("  Keys  ")).isEqualTo("Keys");
        assertThat(MomentField.TITLE.normalize(null)).isNull();
        assertThat(MomentField.CHANNEL.normalize(CHANNEL.toString())).isEqualTo(CHANNEL);
        assertThat(MomentField.CHANNEL.normalize(" ")).isNull();
        assertThat(MomentField.CHANNEL.normalize(null)).isNull();
        assertThat(MomentField.NATURE.normalize("EMOTIONAL")).isEqualTo(MomentNature.EMOTIONAL);
        assertThat(MomentField.NATURE.normalize(null)).isEqualTo(MomentNature.FUNCTIONAL);
        assertThat(MomentField.TARGET_LEVEL.normalize(null)).isEqualTo(TargetLevel.SEVEN_PLUS);
        assertThat(MomentField.TARGET_LEVEL.normalize(TargetLevel.NINE_PLUS)).isEqualTo(TargetLevel.NINE_PLUS);
        assertThat(MomentField.MOMENT_OF_TRUTH.normalize(null)).isEqualTo(false);
        assertThat(MomentField.MOMENT_OF_TRUTH.normalize("true")).isEqualTo(true);
        assertThat(MomentField.BRAND_MOMENT.normalize(true)).isEqualTo(true);
        assertThat(MomentField.CURRENT_EMOTION.normalize(2.0)).isEqualTo(2);
        assertThat(MomentField.CURRENT_EMOTION.normalize(-3L)).isEqualTo(-3);
        assertThat(MomentField.CURRENT_EMOTION.normalize(null)).isNull();
        assertThat(MomentField.BRAND_VALUES.normalize(List.of(VALUE_A, VALUE_B)))
                .isEqualTo(MomentField.BRAND_VALUES.normalize(List.of(VALUE_B.toString(), VALUE_A.toString())))
                .isEqualTo(Set.of(VALUE_A, VALUE_B));
        assertThat(MomentField.BRAND_VALUES.normalize(null)).isEqualTo(Set.of());
        assertThat(MomentField.DIMENSIONS.normalize(List.of("FEEL", ExperienceDimension.SENSE)))
                .isEqualTo(Set.of(ExperienceDimension.SENSE, ExperienceDimension.FEEL));
        assertThat(MomentField.PROVIDERS.normalize(null)).isEqualTo(Set.of());
    }

    @Test
    void aValueOfTheWrongKindIsAProgrammingError() {
        assertThatThrownBy(() -> MomentField.TITLE.normalize(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MomentField.CHANNEL.normalize(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MomentField.CHANNEL.normalize("not an id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MomentField.NATURE.normalize(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MomentField.NATURE.normalize("BORING")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MomentField.MOMENT_OF_TRUTH.normalize(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MomentField.CURRENT_EMOTION.normalize(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MomentField.CURRENT_EMOTION.normalize("2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MomentField.BRAND_VALUES.normalize(VALUE_A)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textFieldsMayBeTypedAnewInTheMergeDialogAndLongTextsMerge() {
        assertThat(Arrays.stream(MomentField.values()).filter(MomentField::isText)).containsExactly(MomentField.TITLE,
                MomentField.CUSTOMER_DOES, MomentField.CUSTOMER_THINKS, MomentField.CUSTOMER_FEELS, MomentField.OTHER_PARTY,
                MomentField.CONSCIOUS_EXPECTATION, MomentField.DEEP_DRIVER, MomentField.EXCEEDS_EXPECTATION,
                MomentField.REPEATABILITY);
        assertThat(Arrays.stream(MomentField.values()).filter(f -> f.kind() == MomentField.Kind.LONG_TEXT))
                .containsExactly(MomentField.CUSTOMER_DOES, MomentField.CUSTOMER_THINKS, MomentField.CUSTOMER_FEELS,
                        MomentField.CONSCIOUS_EXPECTATION, MomentField.EXCEEDS_EXPECTATION, MomentField.REPEATABILITY);
    }

    @Test
    void theCanvasNamesItsCellsFieldsByTheContractsNames() {
        Map<String, MomentField> names = Map.ofEntries(Map.entry("title", MomentField.TITLE),
                Map.entry("does", MomentField.CUSTOMER_DOES), Map.entry("thinks", MomentField.CUSTOMER_THINKS),
                Map.entry("feels", MomentField.CUSTOMER_FEELS), Map.entry("otherParty", MomentField.OTHER_PARTY),
                Map.entry("channelId", MomentField.CHANNEL), Map.entry("current", MomentField.CURRENT_EMOTION),
                Map.entry("desired", MomentField.DESIRED_EMOTION), Map.entry("target", MomentField.TARGET_LEVEL),
                Map.entry("nature", MomentField.NATURE), Map.entry("momentOfTruth", MomentField.MOMENT_OF_TRUTH),
                Map.entry("brandMoment", MomentField.BRAND_MOMENT));
        names.forEach((name, field) -> assertThat(MomentField.ofCanvasName(name)).hasValue(field));
        assertThat(MomentField.ofCanvasName("ownerUserId")).isEmpty();
        assertThat(MomentField.ofCanvasName("TITLE")).isEmpty();
        assertThat(MomentField.ofCanvasName(null)).isEmpty();
    }

    @Test
    void normalizedKeepsOnlyTheGivenFieldsAndTheirNulls() {
        Map<MomentField, Object> partial = new HashMap<>();
        partial.put(MomentField.CUSTOMER_DOES, "");
        partial.put(MomentField.CHANNEL, CHANNEL.toString());
        assertThat(MomentField.normalized(partial)).containsOnlyKeys(MomentField.CUSTOMER_DOES, MomentField.CHANNEL)
                .containsEntry(MomentField.CUSTOMER_DOES, null).containsEntry(MomentField.CHANNEL, CHANNEL);
    }
}
