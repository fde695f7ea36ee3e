package app.momentum.action.domain;

import static app.momentum.action.domain.ActionStatus.DONE;
import static app.momentum.action.domain.ActionStatus.DROPPED;
import static app.momentum.action.domain.ActionStatus.EFFECT_VERIFIED;
import static app.momentum.action.domain.ActionStatus.IDEA;
import static app.momentum.action.domain.ActionStatus.IN_PROGRESS;
import static app.momentum.action.domain.ActionStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The action workflow: forward one step, back one step while planning, drop while open, closed stays closed. */
class ActionWorkflowTest {

    /** The legal steps, written out independently of the implementation. */
    private static final Set<String> LEGAL = Set.of(
            "IDEA>PLANNED", "PLANNED>IN_PROGRESS", "IN_PROGRESS>DONE", "DONE>EFFECT_VERIFIED",
            "IN_PROGRESS>PLANNED", "PLANNED>IDEA",
            "IDEA>DROPPED", "PLANNED>DROPPED", "IN_PROGRESS>DROPPED", "DONE>DROPPED");

    static Stream<Arguments> everyPairOfStatuses() {
        List<Arguments> pairs = new ArrayList<>();
        for (ActionStatus from : ActionStatus.values()) {
            for (ActionStatus to : ActionStatus.values()) {
                pairs.add(Arguments.of(from, to, LEGAL.contains(from + ">" + to)));
            }
        }
        return pairs.stream();
    }

    @Test
    void theMatrixCoversAllThirtySixPairsAndTenOfThemAreLegal() {
        assertThat(everyPairOfStatuses()).hasSize(36);
        assertThat(everyPairOfStatuses().filter(pair -> (boolean) pair.get()[2])).hasSize(10);
    }

    @ParameterizedTest(name = "{0} -> {1} legal: {2}")
    @MethodSource("everyPairOfStatuses")
    void allowedAndNextAgreeWithTheTable(ActionStatus from, ActionStatus to, boolean legal) {
        assertThat(ActionWorkflow.allowed(from, to)).isEqualTo(legal);
        assertThat(ActionWorkflow.next(from).contains(to)).isEqualTo(legal);
    }

    @ParameterizedTest(name = "{0} -> {1} legal: {2}")
    @MethodSource("everyPairOfStatuses")
    void checkPassesLegalStepsWithANoteAndRefusesIllegalOnesNamingBothStatuses(ActionStatus from, ActionStatus to,
                                                                               boolean legal) {
        if (legal) {
            assertThatCode(() -> ActionWorkflow.check(from, to, "Agreed in the CX board")).doesNotThrowAnyException();
        } else {
            assertRefused(() -> ActionWorkflow.check(from, to, "Agreed in the CX board"),
                    "action.error.transition", from.name(), to.name());
        }
    }

    @ParameterizedTest
    @EnumSource(ActionStatus.class)
    void stayingInTheSameStatusIsNotAStep(ActionStatus status) {
        assertThat(ActionWorkflow.allowed(status, status)).isFalse();
        assertRefused(() -> ActionWorkflow.check(status, status, "note"),
                "action.error.transition", status.name(), status.name());
    }

    @Test
    void nextListsTheStepsInStatusOrder() {
        assertThat(ActionWorkflow.next(IDEA)).containsExactly(PLANNED, DROPPED);
        assertThat(ActionWorkflow.next(PLANNED)).containsExactly(IDEA, IN_PROGRESS, DROPPED);
        assertThat(ActionWorkflow.next(IN_PROGRESS)).containsExactly(PLANNED, DONE, DROPPED);
        assertThat(ActionWorkflow.next(DONE)).containsExactly(EFFECT_VERIFIED, DROPPED);
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"EFFECT_VERIFIED", "DROPPED"})
    void closedActionsHaveNoNextStep(ActionStatus closed) {
        assertThat(ActionWorkflow.next(closed)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ActionStatus.class)
    void openActionsCanBeDroppedAndClosedOnesCannot(ActionStatus from) {
        assertThat(ActionWorkflow.allowed(from, DROPPED)).isEqualTo(from.open());
    }

    @Test
    void nextCannotBeChangedByTheCaller() {
        Set<ActionStatus> next = ActionWorkflow.next(IDEA);
        assertThatThrownBy(() -> next.add(DONE)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ActionWorkflow.next(IDEA)).containsExactly(PLANNED, DROPPED);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void droppingNeedsAReason(String blank) {
        for (ActionStatus open : List.of(IDEA, PLANNED, IN_PROGRESS, DONE)) {
            assertRefused(() -> ActionWorkflow.check(open, DROPPED, blank), "action.error.dropReason");
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void verifyingTheEffectNeedsEvidence(String blank) {
        assertRefused(() -> ActionWorkflow.check(DONE, EFFECT_VERIFIED, blank), "action.error.evidence");
    }

    @Test
    void aReasonOrEvidenceMakesTheStepPass() {
        assertThatCode(() -> ActionWorkflow.check(PLANNED, DROPPED, "Replaced by the new onboarding flow"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ActionWorkflow.check(DONE, EFFECT_VERIFIED, "Score rose from 6.8 to 7.6"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void otherStepsNeedNoNote(String blank) {
        assertThatCode(() -> {
            ActionWorkflow.check(IDEA, PLANNED, blank);
            ActionWorkflow.check(PLANNED, IN_PROGRESS, blank);
            ActionWorkflow.check(IN_PROGRESS, DONE, blank);
            ActionWorkflow.check(IN_PROGRESS, PLANNED, blank);
            ActionWorkflow.check(PLANNED, IDEA, blank);
        }).doesNotThrowAnyException();
    }

    @Test
    void aNoteOfTwoThousandCharactersFitsAndOneMoreDoesNot() {
        String longest = "x".repeat(2000);
        assertThatCode(() -> ActionWorkflow.check(DONE, EFFECT_VERIFIED, longest)).doesNotThrowAnyException();
        assertThatCode(() -> ActionWorkflow.check(IDEA, DROPPED, "  " + longest + "\n")).doesNotThrowAnyException();

        assertRefused(() -> ActionWorkflow.check(DONE, EFFECT_VERIFIED, longest + "x"), "validation.tooLong", 2000);
        assertRefused(() -> ActionWorkflow.check(IDEA, DROPPED, longest + "x"), "validation.tooLong", 2000);
        assertRefused(() -> ActionWorkflow.check(IDEA, PLANNED, longest + "x"), "validation.tooLong", 2000);
        assertThat(ActionWorkflow.MAX_NOTE_LENGTH).isEqualTo(2000);
    }

    @Test
    void anIllegalStepIsReportedBeforeAnyProblemWithTheNote() {
        assertRefused(() -> ActionWorkflow.check(DROPPED, DROPPED, null), "action.error.transition", "DROPPED", "DROPPED");
        assertRefused(() -> ActionWorkflow.check(IN_PROGRESS, EFFECT_VERIFIED, ""),
                "action.error.transition", "IN_PROGRESS", "EFFECT_VERIFIED");
        assertRefused(() -> ActionWorkflow.check(EFFECT_VERIFIED, IDEA, "x".repeat(2001)),
                "action.error.transition", "EFFECT_VERIFIED", "IDEA");
    }

    @Test
    void missingStatusesAreProgrammingErrors() {
        assertThatThrownBy(() -> ActionWorkflow.next(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ActionWorkflow.allowed(IDEA, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ActionWorkflow.check(null, IDEA, "")).isInstanceOf(NullPointerException.class);
    }

    static void assertRefused(ThrowingCallable call, String messageKey, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }
}
