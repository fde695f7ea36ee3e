package app.momentum.base.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SheetXmlRowsTest {

    @Test
    void aCellReferencesColumnIsItsLettersInBase26() {
        assertThat(SheetXmlRows.column("A1")).isZero();
        assertThat(SheetXmlRows.column("Z9")).isEqualTo(25);
        assertThat(SheetXmlRows.column("AA100001")).isEqualTo(26);
        assertThat(SheetXmlRows.column("AB2")).isEqualTo(27);
        assertThat(SheetXmlRows.column("XFD1048576")).isEqualTo(16_383);
        for (String reference : new String[] {"A1", "Q7", "AZ3", "BA3", "ZZ1", "AAA1", "XFD2"}) {
            assertThat(SheetXmlRows.column(reference)).as(reference)
                    .isEqualTo(new org.apache.poi.ss.util.CellReference(reference).getCol());
        }
    }

    @Test
    void aReferenceWithoutLettersIsRefused() {
        assertThatThrownBy(() -> SheetXmlRows.column("12")).isInstanceOf(IllegalArgumentException.class);
    }
}
