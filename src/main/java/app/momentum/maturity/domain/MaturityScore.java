package app.momentum.maturity.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The scan's result for one participant or a round, computed from the statement scores by the rules of the source
 * (DOMAIN.md, Maturity): totals to one decimal, each quadrant's level, the formal strategy step, the
 * inconsistencies and the advice per quadrant.
 */
public record MaturityScore(Map<Part, Double> partTotals, Map<Quadrant, Double> quadrantTotals,
                            Map<Quadrant, Level> levels, OptionalInt formalStep, List<Inconsistency> inconsistencies,
                            Map<Quadrant, Advice> advice) {

    /** At most this many statements are advised per quadrant. */
    public static final int ADVISED_STATEMENTS = 5;

    /** Something in the placement that cannot really be so; shown beside the compass. */
    public sealed interface Inconsistency {
    }

    /** A later quadrant at a higher level than an earlier one: one cannot design before one has defined. */
    public record LaterQuadrantAhead(Quadrant earlier, Level earlierLevel, Quadrant later, Level laterLevel)
            implements Inconsistency {
    }

    /**
     * A quadrant at expert level whose own strategy step scores relatively lower than the quadrant: the expert
     * placement is unclear.
     */
    public record UnclearExpert(Quadrant quadrant, double strategyShare, double quadrantShare) implements Inconsistency {
    }

    /**
     * What to work on in a quadrant.
     *
     * @param focusFirst the adjacent S with the lowest total (more than one when they tie)
     * @param statements the lowest-scoring statements across the adjacent S's (below the maximum, not "no idea"),
     *                   lowest first, at most {@value #ADVISED_STATEMENTS}
     * @param toFindOut  the statements of the adjacent S's answered "no idea"
     */
    public record Advice(List<Part> focusFirst, List<Integer> statements, List<Integer> toFindOut) {
    }

    public static MaturityScore of(StatementScores scores) {
        Map<Part, Double> exactParts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            exactParts.put(part, IntStream.rangeClosed(part.first(), part.last()).mapToDouble(scores::score).sum());
        }
        Map<Part, Double> partTotals = new EnumMap<>(Part.class);
        exactParts.forEach((part, total) -> partTotals.put(part, oneDecimal(total)));

        Map<Quadrant, Double> quadrantTotals = new EnumMap<>(Quadrant.class);
        Map<Quadrant, Level> levels = new EnumMap<>(Quadrant.class);
        for (Quadrant quadrant : Quadrant.values()) {
            double exact = exactParts.get(quadrant.strategy())
                    + quadrant.adjacent().stream().mapToDouble(exactParts::get).sum();
            double total = oneDecimal(exact);
            quadrantTotals.put(quadrant, total);
            levels.put(quadrant, Level.of(total, quadrant.max()));
        }

        Map<Quadrant, Advice> advice = new EnumMap<>(Quadrant.class);
        for (Quadrant quadrant : Quadrant.values()) {
            advice.put(quadrant, adviceFor(quadrant, partTotals, scores));
        }
        return new MaturityScore(Map.copyOf(partTotals), Map.copyOf(quadrantTotals), Map.copyOf(levels),
                formalStep(scores), inconsistencies(partTotals, quadrantTotals, levels), Map.copyOf(advice));
    }

    /**
     * The strategy statements 1–12 are ordered steps, and formally one reaches the next only with the maximum on the
     * current one: the first statement (in order) below the maximum is the step the organisation is formally at;
     * empty when all twelve are at the maximum.
     */
    static OptionalInt formalStep(StatementScores scores) {
        return IntStream.rangeClosed(Part.DEFINE.first(), Part.SUSTAIN.last())
                .filter(statement -> scores.score(statement) < Answer.MAX_POINTS)
                .findFirst();
    }

    static List<Inconsistency> inconsistencies(Map<Part, Double> partTotals, Map<Quadrant, Double> quadrantTotals,
                                               Map<Quadrant, Level> levels) {
        List<Inconsistency> found = new ArrayList<>();
        Quadrant[] order = Quadrant.values();
        for (int later = 1; later < order.length; later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (levels.get(order[later]).isAbove(levels.get(order[earlier]))) {
                    found.add(new LaterQuadrantAhead(order[earlier], levels.get(order[earlier]), order[later],
                            levels.get(order[later])));
                }
            }
        }
        for (Quadrant quadrant : order) {
            double strategyShare = partTotals.get(quadrant.strategy()) / quadrant.strategy().max();
            double quadrantShare = quadrantTotals.get(quadrant) / quadrant.max();
            if (levels.get(quadrant) == Level.EXPERT && strategyShare < quadrantShare) {
                found.add(new UnclearExpert(quadrant, strategyShare, quadrantShare));
            }
        }
        return List.copyOf(found);
    }

    static Advice adviceFor(Quadrant quadrant, Map<Part, Double> partTotals, StatementScores scores) {
        double lowest = quadrant.adjacent().stream().mapToDouble(partTotals::get).min().orElseThrow();
        List<Part> focusFirst = quadrant.adjacent().stream().filter(part -> partTotals.get(part) == lowest).toList();
        List<Integer> statements = quadrant.adjacent().stream()
                .flatMap(part -> IntStream.rangeClosed(part.first(), part.last()).boxed())
                .toList();
        List<Integer> advised = statements.stream()
                .filter(statement -> !scores.toFindOut().contains(statement))
                .filter(statement -> scores.score(statement) < Answer.MAX_POINTS)
                .sorted(Comparator.comparingDouble(scores::score).thenComparingInt(Integer::intValue))
                .limit(ADVISED_STATEMENTS)
                .toList();
        List<Integer> toFindOut = statements.stream().filter(scores.toFindOut()::contains).sorted().toList();
        return new Advice(focusFirst, advised, toFindOut);
    }

    /** Half up to one decimal, as totals are shown. */
    static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
