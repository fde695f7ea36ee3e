package app.momentum.journey.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnPagesTest {

    /** Room for eight moments (or seven and two empty phases), as on A4 landscape. */
    private static final float AVAILABLE = 658;

    @Test
    void fewMomentsShareOnePage() {
        assertThat(ColumnPages.split(moments(8), AVAILABLE, 80, 40)).containsExactly(8);
        assertThat(ColumnPages.split(moments(1), AVAILABLE, 80, 40)).containsExactly(1);
        assertThat(ColumnPages.split(List.of(), AVAILABLE, 80, 40)).isEmpty();
        assertThat(ColumnPages.split(moments(8), 640, 80, 40)).as("exactly as wide as the page").containsExactly(8);
    }

    @Test
    void morePagesAreBalancedInsteadOfLeavingALoneColumn() {
        assertThat(ColumnPages.split(moments(9), AVAILABLE, 80, 40)).containsExactly(5, 4);
        assertThat(ColumnPages.split(moments(12), AVAILABLE, 80, 40)).containsExactly(6, 6);
        assertThat(ColumnPages.split(moments(16), AVAILABLE, 80, 40)).containsExactly(8, 8);
        assertThat(ColumnPages.split(moments(17), AVAILABLE, 80, 40)).containsExactly(6, 6, 5);
        assertThat(ColumnPages.split(moments(200), AVAILABLE, 80, 40)).hasSize(25).containsOnly(8);
    }

    @Test
    void anEmptyPhaseTakesANarrowColumnOfItsOwn() {
        List<Boolean> columns = new ArrayList<>(moments(7));
        columns.add(3, true);
        columns.add(true);
        // seven moments and two empty columns: 7 × 80 + 2 × 40 = 640, on one page
        assertThat(ColumnPages.split(columns, AVAILABLE, 80, 40)).containsExactly(9);
        columns.add(false);
        columns.add(false);
        assertThat(ColumnPages.split(columns, AVAILABLE, 80, 40)).containsExactly(6, 5);
    }

    @Test
    void onlyEmptyPhasesFillPagesByWidth() {
        assertThat(ColumnPages.split(Collections.nCopies(20, true), AVAILABLE, 80, 40)).containsExactly(16, 4);
    }

    @Test
    void aColumnWiderThanThePageStillGetsAPage() {
        assertThat(ColumnPages.split(moments(3), 50, 80, 40)).containsExactly(1, 1, 1);
    }

    private static List<Boolean> moments(int count) {
        return Collections.nCopies(count, false);
    }
}
