package app.momentum.governance;

import app.momentum.governance.domain.GateCriterion;
import app.momentum.governance.domain.GateVerdict;
import app.momentum.governance.domain.Staleness;
import app.momentum.journey.LifecycleStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CX life cycle of the current tenant's journeys: each journey's stage and cycle, the gate out of its stage judged
 * on its own data, moves through the gate (with an override when it fails), their history, review dates and
 * staleness. The published API of the governance module: the board, the journey page, the cockpit and the report
 * read it.
 *
 * <p>Only CX managers and tenant admins move stages and override; everyone in the tenant reads. Tenant admins choose
 * which criteria apply and the review interval.
 */
@Service
@Transactional
public class LifeCycle {

    /** Where one journey is, read in bulk for the board and the cockpit (no query per journey). */
    public record JourneyState(UUID journeyId, LifecycleStage stage, int cycle, LocalDate cycleStartedOn,
                               LocalDate reviewDueOn, Optional<Staleness.Reason> stale, boolean nextGatePasses,
                               int failingCriteria) {
    }

    /**
     * One move of a journey. {@code overrideReason} is present when a failing gate was passed anyway; the verdict's
     * failing criteria are kept as they were at the time.
     */
    public record Transition(UUID id, UUID journeyId, String journeyName, LifecycleStage from, LifecycleStage to,
                             int cycle, UUID byUserId, String byName, Instant at, String note,
                             Optional<String> overrideReason, List<GateCriterion> failingAtTheTime) {
    }

    /** The tenant's governance settings. */
    public record Settings(Set<GateCriterion> enabledCriteria, int reviewIntervalDays) {
    }

    /** The gate out of the journey's current stage, judged now with the tenant's enabled criteria. */
    @Transactional(readOnly = true)
    public GateVerdict nextGate(UUID journeyId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Moves the journey through the gate out of {@code expectedFrom} (the stage the user saw: a move from a stage the
     * journey has meanwhile left is refused, never applied twice). A failing gate needs {@code overrideReason};
     * without one the move is refused with the failing criteria named. Passing management → mapping starts the next
     * cycle and saves a baseline of the map.
     */
    public Transition move(UUID journeyId, LifecycleStage expectedFrom, String note, String overrideReason) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Whether the current user may move stages (CX manager or tenant admin). */
    @Transactional(readOnly = true)
    public boolean mayMove() {
        throw new UnsupportedOperationException("not built yet");
    }

    @Transactional(readOnly = true)
    public Optional<JourneyState> state(UUID journeyId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Every active journey's state, in one go. */
    @Transactional(readOnly = true)
    public List<JourneyState> states() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The journey's transitions, newest first. */
    @Transactional(readOnly = true)
    public List<Transition> history(UUID journeyId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Every transition of the tenant since a moment (e.g. this quarter's stage moves, the overrides), newest first. */
    @Transactional(readOnly = true)
    public List<Transition> transitionsSince(Instant since) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Records that the journey was reviewed today: its next review is due one interval later. */
    public void markReviewed(UUID journeyId) {
        throw new UnsupportedOperationException("not built yet");
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Tenant admins only. */
    public Settings saveSettings(Set<GateCriterion> enabledCriteria, int reviewIntervalDays) {
        throw new UnsupportedOperationException("not built yet");
    }
}
