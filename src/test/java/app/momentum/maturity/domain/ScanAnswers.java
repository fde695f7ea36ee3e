package app.momentum.maturity.domain;

import java.util.HashMap;
import java.util.Map;

/** Builds a participant's 42 answers for the tests: one answer everywhere, then exceptions per statement. */
final class ScanAnswers {

    private final Map<Integer, Answer> answers = new HashMap<>();

    private ScanAnswers(Answer everywhere) {
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            answers.put(statement, everywhere);
        }
    }

    static ScanAnswers all(Answer answer) {
        return new ScanAnswers(answer);
    }

    ScanAnswers with(Answer answer, int... statements) {
        for (int statement : statements) {
            answers.put(statement, answer);
        }
        return this;
    }

    ScanAnswers part(Part part, Answer answer) {
        for (int statement = part.first(); statement <= part.last(); statement++) {
            answers.put(statement, answer);
        }
        return this;
    }

    Map<Integer, Answer> answers() {
        return Map.copyOf(answers);
    }

    MaturityScore score() {
        return MaturityScore.of(StatementScores.ofAnswers(answers()));
    }
}
