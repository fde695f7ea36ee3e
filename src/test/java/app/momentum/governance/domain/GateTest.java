package app.momentum.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.LifecycleStage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GateTest {

    @Test
    void eachStageHasOneForwardGateAndOnlyManagementStartsANewCycle() {
        assertThat(Gate.next(LifecycleStage.MAPPING)).isEqualTo(Gate.MAPPING_TO_MAKING);
        assertThat(Gate.next(LifecycleStage.MAKING)).isEqualTo(Gate.MAKING_TO_MINING);
        assertThat(Gate.next(LifecycleStage.MINING)).isEqualTo(Gate.MINING_TO_MANAGEMENT);
        assertThat(Gate.next(LifecycleStage.MANAGEMENT)).isEqualTo(Gate.MANAGEMENT_TO_MAPPING);

        for (LifecycleStage stage : LifecycleStage.values()) {
            Gate gate = Gate.next(stage);
            assertThat(gate.from()).isEqualTo(stage);
            assertThat(gate.to().ordinal()).isEqualTo((stage.ordinal() + 1) % LifecycleStage.values().length);
            assertThat(gate.startsNewCycle()).isEqualTo(stage == LifecycleStage.MANAGEMENT);
        }
    }

    @Test
    void everyCriterionBelongsToOneGateAndEveryGateHasCriteria() {
        assertThat(GateCriterion.of(Gate.MAPPING_TO_MAKING)).hasSize(8)
                .startsWith(GateCriterion.PHASES_HAVE_MOMENTS).endsWith(GateCriterion.JOURNEY_HAS_PERSONA);
        assertThat(GateCriterion.of(Gate.MAKING_TO_MINING)).containsExactly(
                GateCriterion.WEAK_MOMENTS_HAVE_PLANNED_ACTIONS, GateCriterion.NINE_PLUS_MOMENTS_HAVE_ENABLERS);
        assertThat(GateCriterion.of(Gate.MINING_TO_MANAGEMENT))
                .containsExactly(GateCriterion.SURVEY_AFTER_LAST_COMPLETED_ACTION);
        assertThat(GateCriterion.of(Gate.MANAGEMENT_TO_MAPPING)).containsExactly(GateCriterion.ACTIONS_DONE_OR_DROPPED);
        for (GateCriterion criterion : GateCriterion.values()) {
            assertThat(GateCriterion.of(criterion.gate())).contains(criterion);
        }
        assertThat(Arrays.stream(Gate.values()).mapToInt(gate -> GateCriterion.of(gate).size()).sum())
                .isEqualTo(GateCriterion.values().length);
    }

    @Test
    void theSubjectTellsWhatTheFailingIdsPointTo() {
        assertThat(GateCriterion.PHASES_HAVE_MOMENTS.subject()).isEqualTo(GateCriterion.Subject.PHASE);
        assertThat(GateCriterion.MOMENTS_HAVE_NATURE.subject()).isEqualTo(GateCriterion.Subject.MOMENT);
        assertThat(GateCriterion.JOURNEY_HAS_OWNER.subject()).isEqualTo(GateCriterion.Subject.JOURNEY);
        assertThat(GateCriterion.ACTIONS_DONE_OR_DROPPED.subject()).isEqualTo(GateCriterion.Subject.ACTION);
    }
}
