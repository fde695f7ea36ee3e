package app.momentum.maturity;

import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.StatementScores;
import app.momentum.maturity.internal.MaturityParticipant;
import app.momentum.maturity.internal.MaturityParticipantRepository;
import app.momentum.maturity.internal.MaturityRound;
import app.momentum.maturity.internal.MaturityRoundRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a round that took place in the past, with everyone's submitted answers, as time would have: for the demo
 * data and tests (a year of history). Users cannot open a round that already closed, so this skips that rule on
 * purpose, and it notifies nobody. Runs in the caller's tenant scope. Not for views or the API.
 */
@Component
public class MaturityBackdating {

    private final MaturityRoundRepository rounds;
    private final MaturityParticipantRepository participants;
    private final TransactionTemplate transaction;

    MaturityBackdating(MaturityRoundRepository rounds, MaturityParticipantRepository participants,
                       TransactionTemplate transaction) {
        this.rounds = rounds;
        this.participants = participants;
        this.transaction = transaction;
    }

    /**
     * A round opened at {@code openedAt} by {@code openedBy}, closing on {@code closesOn}, in which each participant
     * (user id → all 42 answers) submitted on the closing day. Returns the round's id.
     */
    public UUID pastRound(String name, UUID openedBy, Instant openedAt, LocalDate closesOn,
                          Map<UUID, Map<Integer, Answer>> submitted) {
        submitted.values().forEach(StatementScores::ofAnswers); // all 42 each, or refused before anything is stored
        Instant submittedAt = closesOn.atStartOfDay(app.momentum.base.ui.Formats.DEFAULT_ZONE).plusHours(12).toInstant();
        return transaction.execute(status -> {
            MaturityRound round = rounds.save(new MaturityRound(name, closesOn, openedBy, openedAt));
            submitted.forEach((userId, answers) -> {
                MaturityParticipant participant = new MaturityParticipant(round.getId(), userId);
                participant.setAnswers(answers);
                participant.submit(submittedAt.isBefore(openedAt) ? openedAt : submittedAt);
                participants.save(participant);
            });
            return round.getId();
        });
    }
}
