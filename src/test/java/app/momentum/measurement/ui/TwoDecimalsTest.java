package app.momentum.measurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TwoDecimalsTest {

    @Test
    void twoDecimalsInTheUsersLocaleWithoutANegativeZero() {
        assertThat(TwoDecimals.format(6.6, Locale.ENGLISH)).isEqualTo("6.60");
        assertThat(TwoDecimals.format(-0.4247, Locale.ENGLISH)).isEqualTo("-0.42");
        assertThat(TwoDecimals.format(0.6247, Locale.forLanguageTag("nl"))).isEqualTo("0,62");
        assertThat(TwoDecimals.format(-0.004, Locale.ENGLISH)).isEqualTo("0.00");
        assertThat(TwoDecimals.format(-0.005, Locale.ENGLISH)).isEqualTo("-0.01");
        assertThat(TwoDecimals.format(Double.NaN, Locale.ENGLISH)).isEqualTo("–");
    }
}
