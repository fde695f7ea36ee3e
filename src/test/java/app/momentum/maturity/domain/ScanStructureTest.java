package app.momentum.maturity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScanStructureTest {

    @Test
    void answersScoreZeroToFourAndAreReadFromTheirLetterInEitherCase() {
        assertThat(Arrays.stream(Answer.values()).mapToInt(Answer::points)).containsExactly(0, 1, 2, 3, 4);
        assertThat(Answer.ofLetter('A')).isEqualTo(Answer.A_NO_IDEA);
        assertThat(Answer.ofLetter('c')).isEqualTo(Answer.C_PARTLY);
        assertThat(Answer.ofLetter('E')).isEqualTo(Answer.E_FULLY);
        assertThat(Answer.D_ALMOST_FULLY.letter()).isEqualTo('D');
        assertThatThrownBy(() -> Answer.ofLetter('F')).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("F");
        assertThatThrownBy(() -> Answer.ofLetter('1')).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTenPartsCoverTheFortyTwoStatementsOnceInOrder() {
        int next = 1;
        for (Part part : Part.values()) {
            assertThat(part.first()).isEqualTo(next);
            next = part.last() + 1;
        }
        assertThat(next - 1).isEqualTo(Part.STATEMENTS);
        assertThat(Part.DEFINE.max()).isEqualTo(12);
        assertThat(Part.SHARED_VALUES.max()).isEqualTo(20);
        assertThat(Part.SUSTAIN.isOrganisation()).isFalse();
        assertThat(Part.SHARED_VALUES.isOrganisation()).isTrue();
        assertThat(Part.of(1)).isEqualTo(Part.DEFINE);
        assertThat(Part.of(3)).isEqualTo(Part.DEFINE);
        assertThat(Part.of(4)).isEqualTo(Part.DESIGN);
        assertThat(Part.of(12)).isEqualTo(Part.SUSTAIN);
        assertThat(Part.of(13)).isEqualTo(Part.SHARED_VALUES);
        assertThat(Part.of(42)).isEqualTo(Part.SYSTEMS);
        assertThatThrownBy(() -> Part.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Part.of(43)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quadrantsAreTheirStrategyStepWithTheAdjacentSsAndTheSourcesMaxima() {
        assertThat(Quadrant.DEFINE.max()).isEqualTo(52);
        assertThat(Quadrant.DESIGN.max()).isEqualTo(72);
        assertThat(Quadrant.EQUIP.max()).isEqualTo(52);
        assertThat(Quadrant.SUSTAIN.max()).isEqualTo(72);
        assertThat(Quadrant.DEFINE.adjacent()).containsExactly(Part.SHARED_VALUES, Part.STYLE);
        assertThat(Quadrant.DESIGN.adjacent()).containsExactly(Part.STYLE, Part.STRUCTURE, Part.STAFF);
        assertThat(Quadrant.EQUIP.adjacent()).containsExactly(Part.STAFF, Part.SKILLS);
        assertThat(Quadrant.SUSTAIN.adjacent()).containsExactly(Part.SKILLS, Part.SYSTEMS, Part.SHARED_VALUES);
        assertThat(Quadrant.SUSTAIN.strategy()).isEqualTo(Part.SUSTAIN);
    }

    @Test
    void levelsAreFiveEqualBandsAndATotalOnALowerEdgeBelongsToThatBand() {
        // 52: edges 0, 10.4, 20.8, 31.2, 41.6
        assertThat(Level.of(0, 52)).isEqualTo(Level.BEGINNER);
        assertThat(Level.of(10.3, 52)).isEqualTo(Level.BEGINNER);
        assertThat(Level.of(10.4, 52)).isEqualTo(Level.INTERMEDIATE);
        assertThat(Level.of(20.8, 52)).isEqualTo(Level.ADVANCED);
        assertThat(Level.of(31.1, 52)).isEqualTo(Level.ADVANCED);
        assertThat(Level.of(31.2, 52)).isEqualTo(Level.HIGHLY_ADVANCED);
        assertThat(Level.of(41.5, 52)).isEqualTo(Level.HIGHLY_ADVANCED);
        assertThat(Level.of(41.6, 52)).isEqualTo(Level.EXPERT);
        assertThat(Level.of(52, 52)).isEqualTo(Level.EXPERT);
        // 72: edges 14.4, 28.8, 43.2, 57.6
        assertThat(Level.of(14.3, 72)).isEqualTo(Level.BEGINNER);
        assertThat(Level.of(14.4, 72)).isEqualTo(Level.INTERMEDIATE);
        assertThat(Level.of(57.6, 72)).isEqualTo(Level.EXPERT);
        assertThat(Level.EXPERT.lowerEdge(52)).isEqualTo(41.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Level.BEGINNER.lowerEdge(72)).isZero();
        assertThat(Level.INTERMEDIATE.isAbove(Level.BEGINNER)).isTrue();
        assertThat(Level.INTERMEDIATE.isAbove(Level.INTERMEDIATE)).isFalse();
    }

    @Test
    void aTotalARoundingErrorAboveTheMaximumStillCountsAsTheMaximum() {
        // totals are sums of means, so floating-point error may put a full score a hair above the maximum
        assertThat(Level.of(52 + 1e-9, 52)).isEqualTo(Level.EXPERT);
        assertThat(Level.of(72 + 1e-9, 72)).isEqualTo(Level.EXPERT);
    }

    @Test
    void aLevelIsRefusedForATotalOutsideItsRange() {
        assertThatThrownBy(() -> Level.of(-0.1, 52)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Level.of(52.1, 52)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Level.of(52 + 1e-8, 52)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Level.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Level.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
