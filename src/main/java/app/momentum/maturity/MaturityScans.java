package app.momentum.maturity;

import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.Level;
import app.momentum.maturity.domain.MaturityScore;
import app.momentum.maturity.domain.Quadrant;
import app.momentum.maturity.domain.StatementScores.Spread;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CX-liner maturity scan of the current tenant: rounds, each participant's individual answers and the results.
 * The published API of the maturity module; the views, the REST API, the demo and the cockpit go through it.
 *
 * <p>Who may do what: CX managers and tenant admins open and close rounds and read every result; executives read
 * every result; a participant answers for themselves and sees the round's results (and others' answers) only after
 * submitting, because the scan works best filled in individually.
 */
@Service
@Transactional
public class MaturityScans {

    /** Where a round is: open for answers until its closing day (inclusive) or until closed by hand. */
    public enum RoundStatus {
        OPEN,
        CLOSED
    }

    /** One round in the list, newest first. */
    public record RoundSummary(UUID id, String name, LocalDate closesOn, RoundStatus status, int participants,
                               int submitted, Instant openedAt) {
    }

    /** A participant of a round and whether they submitted. */
    public record Participant(UUID userId, String displayName, String email, boolean submitted, Instant submittedAt) {
    }

    /** A round with its participants, as seen by the current user. */
    public record RoundDetail(RoundSummary summary, List<Participant> participants, boolean currentUserParticipates,
                              boolean currentUserSubmitted, boolean currentUserMaySeeResults,
                              boolean currentUserManages) {
    }

    /** The current user's answers in a round: a draft (any subset of 1–42) or the submitted 42. */
    public record MyAnswers(UUID roundId, Map<Integer, Answer> answers, boolean submitted, long version) {
    }

    /** One participant's result (only submitted participants have one). */
    public record ParticipantResult(Participant participant, Map<Integer, Answer> answers, MaturityScore score) {
    }

    /**
     * A round's results: per statement the mean of the submitted answers, the score from those means, every
     * participant's own result, and the statements participants disagree on most (largest spread first).
     */
    public record RoundResults(RoundSummary summary, Map<Integer, Double> statementMeans, MaturityScore score,
                               List<ParticipantResult> participants, List<Spread> disagreement) {
    }

    /** One round of the history, with the change per quadrant since the round before (empty for the first). */
    public record HistoryEntry(RoundSummary summary, Map<Quadrant, Double> quadrantTotals, Map<Quadrant, Level> levels,
                               Map<Quadrant, Double> changeSincePrevious) {
    }

    /** Opens a round. Only CX managers and tenant admins; participants are members of the tenant. */
    public UUID openRound(String name, List<UUID> participantUserIds, LocalDate closesOn) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Closes an open round by hand (before its closing day). */
    public void closeRound(UUID roundId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Every round of the tenant, newest first. */
    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The open rounds the current user still has to submit, for "My actions" and the dashboard. */
    @Transactional(readOnly = true)
    public List<RoundSummary> roundsToAnswer() {
        throw new UnsupportedOperationException("not built yet");
    }

    @Transactional(readOnly = true)
    public Optional<RoundDetail> round(UUID roundId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The current user's answers; empty answers when they have not started. Only for participants. */
    @Transactional(readOnly = true)
    public MyAnswers myAnswers(UUID roundId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Saves a draft (any subset of the statements) to come back to. {@code version} is the one read: a save over a
     * newer draft (another tab) is refused, never silently overwritten. Returns the new state.
     */
    public MyAnswers saveDraft(UUID roundId, Map<Integer, Answer> answers, long version) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Submits all 42 answers; refused, naming the missing statements, when any is missing; final once submitted. */
    public MyAnswers submit(UUID roundId, Map<Integer, Answer> answers, long version) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The results, when the current user may see them (see the class comment). */
    @Transactional(readOnly = true)
    public Optional<RoundResults> results(UUID roundId) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Rounds with at least one submission, oldest first, with the change per quadrant. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The latest round with submissions, with its change since the previous one: the cockpit's small compass. */
    @Transactional(readOnly = true)
    public Optional<HistoryEntry> latest() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The answers and results of a round as CSV (UTF-8, cells neutralised like every export). */
    @Transactional(readOnly = true)
    public byte[] exportCsv(UUID roundId) {
        throw new UnsupportedOperationException("not built yet");
    }
}
