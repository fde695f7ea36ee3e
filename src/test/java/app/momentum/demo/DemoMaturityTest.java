package app.momentum.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.maturity.domain.MaturityScore;
import app.momentum.maturity.domain.MaturityScore.LaterQuadrantAhead;
import app.momentum.maturity.domain.Quadrant;
import app.momentum.maturity.domain.StatementScores;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The demo's two maturity rounds tell the story the README promises: better a year later, one inconsistency first. */
class DemoMaturityTest {

    static final List<UUID> FIVE = IntStream.range(0, DemoMaturity.PARTICIPANTS).mapToObj(i -> UUID.randomUUID()).toList();

    @Test
    void theSecondRoundIsBetterInEveryQuadrant() {
        MaturityScore first = score(DemoMaturity.FIRST, 1);
        MaturityScore second = score(DemoMaturity.SECOND, 2);
        for (Quadrant quadrant : Quadrant.values()) {
            assertThat(second.quadrantTotals().get(quadrant)).as(quadrant.name())
                    .isGreaterThan(first.quadrantTotals().get(quadrant));
            assertThat(second.levels().get(quadrant).ordinal()).as(quadrant.name())
                    .isGreaterThanOrEqualTo(first.levels().get(quadrant).ordinal());
        }
    }

    @Test
    void onlyTheFirstRoundHasAnInconsistencyDesignAboveDefine() {
        assertThat(score(DemoMaturity.FIRST, 1).inconsistencies()).singleElement()
                .isInstanceOfSatisfying(LaterQuadrantAhead.class, ahead -> {
                    assertThat(ahead.earlier()).isEqualTo(Quadrant.DEFINE);
                    assertThat(ahead.later()).isEqualTo(Quadrant.DESIGN);
                });
        assertThat(score(DemoMaturity.SECOND, 2).inconsistencies()).isEmpty();
    }

    @Test
    void participantsAnswerDifferentlyAndSomeoneHasNoIdeaOnce() {
        var answers = DemoMaturity.answers(FIVE, DemoMaturity.FIRST, 1);
        assertThat(answers).hasSize(5);
        assertThat(answers.values().stream().distinct()).hasSize(5);
        StatementScores round = StatementScores.ofRound(List.copyOf(answers.values()));
        assertThat(round.toFindOut()).containsExactlyInAnyOrder(41, 42);
        assertThat(round.spreads().getFirst().standardDeviation()).isPositive();
    }

    private static MaturityScore score(java.util.Map<app.momentum.maturity.domain.Part, Double> means, int round) {
        return MaturityScore.of(StatementScores.ofRound(List.copyOf(DemoMaturity.answers(FIVE, means, round).values())));
    }
}
