package app.momentum.maturity.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A score (0–4) for each of the 42 statements, and which statements someone could not answer ("no idea", A): one
 * participant's answers, or a round's means over its submitted answers.
 *
 * @param scores    statement number (1–42) → score, for every statement
 * @param toFindOut the statements answered "no idea" (by anyone, in a round): things to find out
 * @param spreads   in a round, how far the participants' answers lie apart per statement, largest first; empty for
 *                  one participant
 */
public record StatementScores(Map<Integer, Double> scores, Set<Integer> toFindOut, List<Spread> spreads) {

    /** How far the answers to one statement lie apart: their population standard deviation, lowest and highest. */
    public record Spread(int statement, double standardDeviation, int lowest, int highest) {
    }

    public StatementScores {
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            Double score = scores.get(statement);
            if (score == null) {
                throw new IllegalArgumentException("No score for statement " + statement);
            }
            if (score < 0 || score > Answer.MAX_POINTS) {
                throw new IllegalArgumentException("Score " + score + " of statement " + statement + " outside 0–4");
            }
        }
        if (scores.size() != Part.STATEMENTS) {
            throw new IllegalArgumentException("Scores given for statements outside 1–" + Part.STATEMENTS);
        }
        scores = Map.copyOf(new TreeMap<>(scores));
        toFindOut = Set.copyOf(new TreeSet<>(toFindOut));
        spreads = List.copyOf(spreads);
    }

    public double score(int statement) {
        return scores.get(statement);
    }

    /** One participant's answers to all 42 statements. */
    public static StatementScores ofAnswers(Map<Integer, Answer> answers) {
        requireAll(answers);
        Map<Integer, Double> scores = new TreeMap<>();
        Set<Integer> noIdea = new TreeSet<>();
        answers.forEach((statement, answer) -> {
            scores.put(statement, (double) answer.points());
            if (answer == Answer.A_NO_IDEA) {
                noIdea.add(statement);
            }
        });
        return new StatementScores(scores, noIdea, List.of());
    }

    /**
     * A round: per statement the mean of the submitted answers (each participant's answers complete), the
     * statements anyone answered "no idea", and the spread of the answers per statement, largest first.
     */
    public static StatementScores ofRound(List<Map<Integer, Answer>> submitted) {
        if (submitted.isEmpty()) {
            throw new IllegalArgumentException("A round without submitted answers has no results");
        }
        submitted.forEach(StatementScores::requireAll);
        Map<Integer, Double> means = new TreeMap<>();
        Set<Integer> noIdea = new TreeSet<>();
        List<Spread> spreads = new ArrayList<>();
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            int[] points = new int[submitted.size()];
            for (int i = 0; i < points.length; i++) {
                Answer answer = submitted.get(i).get(statement);
                points[i] = answer.points();
                if (answer == Answer.A_NO_IDEA) {
                    noIdea.add(statement);
                }
            }
            double mean = Arrays.stream(points).average().orElseThrow();
            double variance = Arrays.stream(points).mapToDouble(p -> (p - mean) * (p - mean)).sum() / points.length;
            means.put(statement, mean);
            spreads.add(new Spread(statement, Math.sqrt(variance), Arrays.stream(points).min().orElseThrow(),
                    Arrays.stream(points).max().orElseThrow()));
        }
        spreads.sort(Comparator.comparingDouble(Spread::standardDeviation).reversed()
                .thenComparingInt(Spread::statement));
        return new StatementScores(means, noIdea, spreads);
    }

    private static void requireAll(Map<Integer, Answer> answers) {
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            if (answers.get(statement) == null) {
                throw new IllegalArgumentException("No answer to statement " + statement);
            }
        }
        if (answers.size() != Part.STATEMENTS) {
            throw new IllegalArgumentException("Answers to statements outside 1–" + Part.STATEMENTS);
        }
    }
}
