package app.momentum.action.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which statuses are open, and the translation keys of every action enum. */
class ActionStatusTest {

    @ParameterizedTest
    @CsvSource({
            "IDEA, true",
            "PLANNED, true",
            "IN_PROGRESS, true",
            "DONE, true",
            "EFFECT_VERIFIED, false",
            "DROPPED, false"
    })
    void onlyVerifiedAndDroppedActionsAreClosed(ActionStatus status, boolean open) {
        assertThat(status.open()).isEqualTo(open);
    }

    @Test
    void theEnumsHaveTheirValuesInOrder() {
        assertThat(ActionStatus.values()).extracting(Enum::name)
                .containsExactly("IDEA", "PLANNED", "IN_PROGRESS", "DONE", "EFFECT_VERIFIED", "DROPPED");
        assertThat(ActionType.values()).extracting(Enum::name)
                .containsExactly("FUNCTIONAL_FIX", "EMOTIONAL_CONCEPT", "BRAND_MOMENT", "EMPLOYEE_ENABLER");
        assertThat(Priority.values()).extracting(Enum::name).containsExactly("LOW", "MEDIUM", "HIGH", "URGENT");
        assertThat(Effort.values()).extracting(Enum::name).containsExactly("S", "M", "L");
    }

    @Test
    void labelKeysArePrefixedEnumNames() {
        assertThat(ActionStatus.EFFECT_VERIFIED.labelKey()).isEqualTo("actionStatus.EFFECT_VERIFIED");
        assertThat(ActionType.EMOTIONAL_CONCEPT.labelKey()).isEqualTo("actionType.EMOTIONAL_CONCEPT");
        assertThat(Priority.URGENT.labelKey()).isEqualTo("priority.URGENT");
        assertThat(Effort.M.labelKey()).isEqualTo("effort.M");
    }
}
