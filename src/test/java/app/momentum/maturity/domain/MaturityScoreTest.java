package app.momentum.maturity.domain;

import static app.momentum.maturity.domain.Answer.A_NO_IDEA;
import static app.momentum.maturity.domain.Answer.B_NOT_AT_ALL;
import static app.momentum.maturity.domain.Answer.C_PARTLY;
import static app.momentum.maturity.domain.Answer.D_ALMOST_FULLY;
import static app.momentum.maturity.domain.Answer.E_FULLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.maturity.domain.MaturityScore.Advice;
import app.momentum.maturity.domain.MaturityScore.LaterQuadrantAhead;
import app.momentum.maturity.domain.MaturityScore.UnclearExpert;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaturityScoreTest {

    @Test
    void partlyEverywhereGivesHalfOfEveryMaximumAndAdvancedQuadrants() {
        MaturityScore score = ScanAnswers.all(C_PARTLY).score();

        assertThat(score.partTotals().get(Part.DEFINE)).isEqualTo(6.0);
        assertThat(score.partTotals().get(Part.STYLE)).isEqualTo(10.0);
        assertThat(score.quadrantTotals()).containsEntry(Quadrant.DEFINE, 26.0).containsEntry(Quadrant.DESIGN, 36.0)
                .containsEntry(Quadrant.EQUIP, 26.0).containsEntry(Quadrant.SUSTAIN, 36.0);
        assertThat(score.levels().values()).containsOnly(Level.ADVANCED);
        assertThat(score.inconsistencies()).isEmpty();
        assertThat(score.formalStep()).hasValue(1);
    }

    @Test
    void quadrantTotalsAddTheirStrategyStepAndTheirAdjacentSs() {
        MaturityScore score = ScanAnswers.all(B_NOT_AT_ALL)
                .part(Part.SHARED_VALUES, E_FULLY)   // 20
                .part(Part.STYLE, D_ALMOST_FULLY)    // 15
                .part(Part.SYSTEMS, C_PARTLY)        // 10
                .score();

        assertThat(score.quadrantTotals().get(Quadrant.DEFINE)).isEqualTo(3 + 20 + 15.0);
        assertThat(score.quadrantTotals().get(Quadrant.DESIGN)).isEqualTo(3 + 15 + 5 + 5.0);
        assertThat(score.quadrantTotals().get(Quadrant.EQUIP)).isEqualTo(3 + 5 + 5.0);
        assertThat(score.quadrantTotals().get(Quadrant.SUSTAIN)).isEqualTo(3 + 5 + 10 + 20.0);
        // 38 of 52 → highly advanced; 28 of 72 → intermediate; 13 of 52 → intermediate; 38 of 72 → advanced
        assertThat(score.levels()).containsEntry(Quadrant.DEFINE, Level.HIGHLY_ADVANCED)
                .containsEntry(Quadrant.DESIGN, Level.INTERMEDIATE).containsEntry(Quadrant.EQUIP, Level.INTERMEDIATE)
                .containsEntry(Quadrant.SUSTAIN, Level.ADVANCED);
    }

    @Test
    void theFormalStepIsTheFirstStrategyStatementBelowTheMaximum() {
        assertThat(ScanAnswers.all(E_FULLY).with(D_ALMOST_FULLY, 5, 9).score().formalStep()).hasValue(5);
        assertThat(ScanAnswers.all(E_FULLY).with(C_PARTLY, 12).score().formalStep()).hasValue(12);
        assertThat(ScanAnswers.all(E_FULLY).with(B_NOT_AT_ALL, 13).score().formalStep())
                .as("statements after 12 are no steps").isEmpty();
    }

    @Test
    void aLaterQuadrantAheadOfAnEarlierOneIsAnInconsistency() {
        MaturityScore score = ScanAnswers.all(B_NOT_AT_ALL)
                .part(Part.DESIGN, E_FULLY).part(Part.STRUCTURE, E_FULLY).part(Part.STAFF, E_FULLY)
                .score();
        // Define 3+5+5 = 13 (intermediate); Design 12+5+20+20 = 57 (highly advanced); Equip 3+20+5 = 28 (advanced)
        assertThat(score.levels()).containsEntry(Quadrant.SUSTAIN, Level.INTERMEDIATE)
                .containsEntry(Quadrant.DEFINE, Level.INTERMEDIATE)
                .containsEntry(Quadrant.DESIGN, Level.HIGHLY_ADVANCED).containsEntry(Quadrant.EQUIP, Level.ADVANCED);

        assertThat(score.inconsistencies()).containsExactlyInAnyOrder(
                new LaterQuadrantAhead(Quadrant.DEFINE, Level.INTERMEDIATE, Quadrant.DESIGN, Level.HIGHLY_ADVANCED),
                new LaterQuadrantAhead(Quadrant.DEFINE, Level.INTERMEDIATE, Quadrant.EQUIP, Level.ADVANCED));
        // Sustain 3+5+5+5 = 18 of 72: intermediate like Define, behind Design and Equip: no inconsistency of its own
    }

    @Test
    void anEqualLevelLaterOnIsNoInconsistency() {
        assertThat(ScanAnswers.all(D_ALMOST_FULLY).score().inconsistencies()).isEmpty();
    }

    @Test
    void anExpertQuadrantWhoseStrategyStepScoresRelativelyLowerIsUnclear() {
        MaturityScore score = ScanAnswers.all(E_FULLY).with(D_ALMOST_FULLY, 1, 2, 3).score();
        // Define: 9 + 20 + 20 = 49 of 52 → expert; its step 9 of 12 = 0.75 lies below 49/52
        assertThat(score.levels().get(Quadrant.DEFINE)).isEqualTo(Level.EXPERT);
        assertThat(score.inconsistencies()).containsExactly(new UnclearExpert(Quadrant.DEFINE, 0.75, 49.0 / 52));
    }

    @Test
    void anExpertQuadrantWhoseStepScoresAsHighIsClear() {
        assertThat(ScanAnswers.all(E_FULLY).score().inconsistencies()).isEmpty();
        // not expert (highly advanced), however low its step: no "unclear"
        MaturityScore notExpert = ScanAnswers.all(E_FULLY).with(A_NO_IDEA, 1, 2, 3).with(C_PARTLY, 13).score();
        assertThat(notExpert.levels().get(Quadrant.DEFINE)).isEqualTo(Level.HIGHLY_ADVANCED);
        assertThat(notExpert.inconsistencies()).noneMatch(UnclearExpert.class::isInstance);
    }

    @Test
    void adviceFocusesOnTheLowestAdjacentSThenItsLowestStatements() {
        MaturityScore score = ScanAnswers.all(D_ALMOST_FULLY)
                .with(B_NOT_AT_ALL, 20).with(C_PARTLY, 19, 14).with(E_FULLY, 13)
                .score();
        // Define's S's: shared values 3+2+3+3+4 = 15 (13 at E), style 3+2+1+3+3 = 12 → style first
        Advice define = score.advice().get(Quadrant.DEFINE);
        assertThat(define.focusFirst()).containsExactly(Part.STYLE);
        assertThat(define.statements()).containsExactly(20, 14, 19, 15, 16);
        assertThat(define.toFindOut()).isEmpty();
    }

    @Test
    void tiedLowestSsAreBothNamedAndAtMostFiveStatementsBelowTheMaximumAreAdvised() {
        MaturityScore score = ScanAnswers.all(E_FULLY).part(Part.STAFF, C_PARTLY).part(Part.SKILLS, C_PARTLY).score();
        Advice equip = score.advice().get(Quadrant.EQUIP);
        assertThat(equip.focusFirst()).containsExactly(Part.STAFF, Part.SKILLS);
        assertThat(equip.statements()).containsExactly(28, 29, 30, 31, 32);
        assertThat(ScanAnswers.all(E_FULLY).score().advice().get(Quadrant.EQUIP).statements())
                .as("nothing below the maximum, nothing to advise").isEmpty();
    }

    @Test
    void noIdeaAnswersAreThingsToFindOutNotAdvisedStatements() {
        MaturityScore score = ScanAnswers.all(D_ALMOST_FULLY).with(A_NO_IDEA, 13, 40).with(B_NOT_AT_ALL, 18).score();
        Advice define = score.advice().get(Quadrant.DEFINE);
        assertThat(define.toFindOut()).containsExactly(13);
        assertThat(define.statements()).doesNotContain(13).startsWith(18);
        assertThat(score.advice().get(Quadrant.SUSTAIN).toFindOut()).containsExactly(13, 40);
        assertThat(score.advice().get(Quadrant.DESIGN).toFindOut()).isEmpty();
    }

    @Test
    void aRoundScoresTheMeanOfItsSubmittedAnswersPerStatement() {
        StatementScores round = StatementScores.ofRound(List.of(
                ScanAnswers.all(B_NOT_AT_ALL).answers(), ScanAnswers.all(C_PARTLY).answers()));
        MaturityScore score = MaturityScore.of(round);

        assertThat(round.score(7)).isEqualTo(1.5);
        assertThat(score.partTotals().get(Part.DEFINE)).isEqualTo(4.5);
        assertThat(score.quadrantTotals().get(Quadrant.DEFINE)).isEqualTo(19.5);
        assertThat(score.levels().get(Quadrant.DEFINE)).isEqualTo(Level.INTERMEDIATE);
        assertThat(round.spreads()).hasSize(42).allSatisfy(spread -> {
            assertThat(spread.standardDeviation()).isEqualTo(0.5);
            assertThat(spread.lowest()).isEqualTo(1);
            assertThat(spread.highest()).isEqualTo(2);
        });
    }

    @Test
    void totalsAreRoundedToOneDecimalFromTheExactMeans() {
        // statement 1 and 13 each average 4/3: Define step 1.3, shared values 1.3, but the Define quadrant 2.7
        StatementScores round = StatementScores.ofRound(List.of(
                ScanAnswers.all(A_NO_IDEA).with(B_NOT_AT_ALL, 1, 13).answers(),
                ScanAnswers.all(A_NO_IDEA).with(B_NOT_AT_ALL, 1, 13).answers(),
                ScanAnswers.all(A_NO_IDEA).with(Answer.C_PARTLY, 1, 13).answers()));
        MaturityScore score = MaturityScore.of(round);

        assertThat(score.partTotals().get(Part.DEFINE)).isEqualTo(1.3);
        assertThat(score.partTotals().get(Part.SHARED_VALUES)).isEqualTo(1.3);
        assertThat(score.quadrantTotals().get(Quadrant.DEFINE)).isEqualTo(2.7);
        assertThat(MaturityScore.oneDecimal(0.25)).isEqualTo(0.3);
        assertThat(MaturityScore.oneDecimal(0.24)).isEqualTo(0.2);
    }

    @Test
    void theRoundShowsWhereParticipantsDisagreeMostFirstAndWhatAnyoneCouldNotAnswer() {
        StatementScores round = StatementScores.ofRound(List.of(
                ScanAnswers.all(C_PARTLY).with(E_FULLY, 30).with(A_NO_IDEA, 5).answers(),
                ScanAnswers.all(C_PARTLY).with(B_NOT_AT_ALL, 30).with(D_ALMOST_FULLY, 8).answers()));

        assertThat(round.spreads().get(0).statement()).isEqualTo(30);
        assertThat(round.spreads().get(0).standardDeviation()).isEqualTo(1.5);
        assertThat(round.spreads().get(1).statement()).isEqualTo(5);
        assertThat(round.spreads().get(2).statement()).isEqualTo(8);
        assertThat(round.spreads().get(3).standardDeviation()).isZero();
        assertThat(round.spreads().get(3).statement()).isEqualTo(1);
        assertThat(round.toFindOut()).containsExactly(5);
        assertThat(round.score(5)).isEqualTo(1.0);
    }

    @Test
    void theSpreadIsThePopulationStandardDeviationOfTheAnswers() {
        StatementScores round = StatementScores.ofRound(List.of(
                ScanAnswers.all(C_PARTLY).with(A_NO_IDEA, 9).answers(),
                ScanAnswers.all(C_PARTLY).with(A_NO_IDEA, 9).answers(),
                ScanAnswers.all(C_PARTLY).with(D_ALMOST_FULLY, 9).answers()));
        // answers 0, 0, 3: mean 1, squared deviations 1 + 1 + 4 = 6, over 3 answers: variance 2
        assertThat(round.spreads().get(0).statement()).isEqualTo(9);
        assertThat(round.spreads().get(0).standardDeviation()).isCloseTo(Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(round.spreads().get(0).lowest()).isZero();
        assertThat(round.spreads().get(0).highest()).isEqualTo(3);
        assertThat(round.score(9)).isEqualTo(1.0);
    }

    @Test
    void incompleteOrImpossibleAnswersAreRefused() {
        Map<Integer, Answer> missing = new HashMap<>(ScanAnswers.all(C_PARTLY).answers());
        missing.remove(42);
        assertThatThrownBy(() -> StatementScores.ofAnswers(missing)).hasMessage("No answer to statement 42");
        Map<Integer, Answer> extra = new HashMap<>(ScanAnswers.all(C_PARTLY).answers());
        extra.put(43, C_PARTLY);
        assertThatThrownBy(() -> StatementScores.ofAnswers(extra)).hasMessageContaining("Answers to statements outside");
        assertThatThrownBy(() -> StatementScores.ofRound(List.of(extra))).hasMessageContaining("Answers to statements outside");
        assertThatThrownBy(() -> StatementScores.ofRound(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatementScores.ofRound(List.of(missing))).hasMessageContaining("42");

        Map<Integer, Double> scores = new HashMap<>();
        for (int statement = 1; statement <= 42; statement++) {
            scores.put(statement, 2.0);
        }
        scores.put(7, 4.5);
        assertThatThrownBy(() -> new StatementScores(scores, java.util.Set.of(), List.of())).hasMessageContaining("7");
        scores.put(7, -0.5);
        assertThatThrownBy(() -> new StatementScores(scores, java.util.Set.of(), List.of())).hasMessageContaining("7");
        scores.put(7, 4.0);
        scores.put(8, 0.0);
        assertThat(new StatementScores(scores, java.util.Set.of(), List.of()).score(7)).as("the edges 0 and 4 are scores")
                .isEqualTo(4.0);
        scores.put(0, 1.0);
        assertThatThrownBy(() -> new StatementScores(scores, java.util.Set.of(), List.of()))
                .hasMessageContaining("Scores given for statements outside");
    }

    @Test
    void theLastStatementIsCheckedLikeEveryOther() {
        Map<Integer, Double> scores = new HashMap<>();
        for (int statement = 1; statement <= 41; statement++) {
            scores.put(statement, 2.0);
        }
        scores.put(43, 2.0); // 42 scores, but not one for statement 42
        assertThatThrownBy(() -> new StatementScores(scores, java.util.Set.of(), List.of()))
                .hasMessage("No score for statement 42");
        scores.remove(43);
        scores.put(42, 4.5);
        assertThatThrownBy(() -> new StatementScores(scores, java.util.Set.of(), List.of()))
                .hasMessageContaining("statement 42");
    }
}
