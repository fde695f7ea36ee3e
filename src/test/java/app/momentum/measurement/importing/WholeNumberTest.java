package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"7|7", "07|7", "+8|8", "-3|-3", "-0|0", "7,0|7", "7.00|7", "10,000|10",
            "99999999999999999999|1000000000000"})
    void wholeNumbers(String text, long value) {
        assertThat(WholeNumber.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7,5", "7.05", "7,", ",5", "acht", "7 ", "1e3", "+", "-", "٣", "7,0x", "--1"})
    void notWholeNumbers(String text) {
        assertThat(WholeNumber.parse(text)).isEqualTo(WholeNumber.NOT_A_WHOLE_NUMBER);
    }
}
