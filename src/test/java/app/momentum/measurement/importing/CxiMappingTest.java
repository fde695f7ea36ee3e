package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CxiMappingTest {

    @Test
    void oneOrTwoMappedItemsNameTheMissingOnes() {
        // the case: needs_met left on "Ignore"
        assertThat(CxiMapping.missingItems(List.of(ColumnRole.RECOMMEND, ColumnRole.CXI_EASY, ColumnRole.CXI_ENJOYABLE,
                ColumnRole.IGNORE))).containsExactly(ColumnRole.CXI_NEEDS);
        assertThat(CxiMapping.missingItems(List.of(ColumnRole.CXI_NEEDS)))
                .containsExactly(ColumnRole.CXI_EASY, ColumnRole.CXI_ENJOYABLE);
    }

    @Test
    void allThreeOrNoneIsComplete() {
        assertThat(CxiMapping.missingItems(List.of(ColumnRole.CXI_ENJOYABLE, ColumnRole.CXI_NEEDS, ColumnRole.CXI_EASY)))
                .isEmpty();
        assertThat(CxiMapping.missingItems(List.of(ColumnRole.RECOMMEND, ColumnRole.MOMENT))).isEmpty();
        assertThat(CxiMapping.missingItems(List.of())).isEmpty();
    }
}
