package app.momentum.base.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void numbersReadAsACsvExportWouldHoldThem() {
        assertThat(CellText.number("9", false)).isEqualTo("9");
        assertThat(CellText.number("-3", false)).isEqualTo("-3");
        assertThat(CellText.number("0", false)).isEqualTo("0");
        assertThat(CellText.number("9.0", false)).isEqualTo("9");
        assertThat(CellText.number("7.25", false)).isEqualTo("7.25");
        assertThat(CellText.number("1.1000000000000001", false)).as("Excel's 17 digits").isEqualTo("1.1");
        assertThat(CellText.number("1E+20", false)).isEqualTo("100000000000000000000");
        assertThat(CellText.number("", false)).isEmpty();
    }

    @Test
    void theShortCutForWholeNumbersGivesWhatTheDoubleRouteGives() {
        for (String raw : new String[] {"1", "10", "-10", "123456789012345", "-999999999999999", "1234567890123456",
                "007", "-0", "00", "1000000", "12345678901234567"}) {
            String viaDouble = BigDecimal.valueOf(Double.parseDouble(raw)).stripTrailingZeros().toPlainString();
            assertThat(CellText.number(raw, false)).as(raw).isEqualTo(viaDouble);
        }
    }

    @Test
    void aDayCountInADateStyleIsAnIsoDate() {
        assertThat(CellText.number("46082", true)).isEqualTo("2026-03-01");
        assertThat(CellText.number("46082.75", true)).isEqualTo("2026-03-01");
        assertThat(CellText.number("-1", true)).as("no valid date").isEqualTo("-1");
        assertThat(CellText.isDateFormat(14, "m/d/yy")).isTrue();
        assertThat(CellText.isDateFormat(0, "General")).isFalse();
    }

    @Test
    void stringsAreStrippedAndBooleansNamed() {
        assertThat(CellText.string("  vip ")).isEqualTo("vip");
        assertThat(CellText.bool("1")).isEqualTo("true");
        assertThat(CellText.bool("0")).isEqualTo("false");
    }
}
