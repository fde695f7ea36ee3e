package app.momentum.maturity.internal;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.Part;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One participant of a round and their own answers, stored as 42 letters (statement 1 first): A–E, or '-' for a
 * statement not answered yet.
 */
@Entity
@Table(name = "maturity_participant")
public class MaturityParticipant extends TenantOwnedEntity {

    public static final char UNANSWERED = '-';

    @Column(nullable = false, updatable = false)
    private UUID roundId;

    @Column(nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false)
    private String answers = String.valueOf(UNANSWERED).repeat(Part.STATEMENTS);

    private Instant submittedAt;

    protected MaturityParticipant() {
    }

    public MaturityParticipant(UUID roundId, UUID userId) {
        this.roundId = roundId;
        this.userId = userId;
    }

    /** The answered statements (1–42) with their answers. */
    public Map<Integer, Answer> answers() {
        Map<Integer, Answer> map = new TreeMap<>();
        for (int i = 0; i < answers.length(); i++) {
            char letter = answers.charAt(i);
            if (letter != UNANSWERED) {
                map.put(i + 1, Answer.ofLetter(letter));
            }
        }
        return map;
    }

    /** Replaces the answers; statements not in the map become unanswered. Statements outside 1–42 are refused. */
    public void setAnswers(Map<Integer, Answer> given) {
        char[] letters = String.valueOf(UNANSWERED).repeat(Part.STATEMENTS).toCharArray();
        given.forEach((statement, answer) -> {
            if (statement == null || statement < 1 || statement > Part.STATEMENTS) {
                throw new IllegalArgumentException("No statement " + statement);
            }
            if (answer != null) {
                letters[statement - 1] = answer.letter();
            }
        });
        this.answers = new String(letters);
    }

    public void submit(Instant at) {
        this.submittedAt = at;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public UUID getRoundId() { return roundId; }
    public UUID getUserId() { return userId; }
    public Instant getSubmittedAt() { return submittedAt; }
}
