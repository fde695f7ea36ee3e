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
        assertThat(inTheMiddleOfABuffer(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "1|1", "9|9", "10|10", "00|0", "99|99", "-5|-5", "+5|5"})
    void oneOrTwoCharactersTakeTheShortPath(String text, long value) {
        assertThat(inTheMiddleOfABuffer(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5,", "a1", "1a", ":", "/", " 1", "1 ", ".", "-"})
    void oneOrTwoCharactersThatAreNoNumber(String text) {
        assertThat(inTheMiddleOfABuffer(text)).isEqualTo(WholeNumber.NOT_A_WHOLE_NUMBER);
    }

    /** Parses {@code text} as a range of a larger char array, as the streaming import does. */
    private static long inTheMiddleOfABuffer(String text) {
        char[] buffer = ("9;" + text + ";9").toCharArray();
        return WholeNumber.parse(buffer, 2, 2 + text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7,5", "7.05", "7,", ",5", "acht", "7 ", "1e3", "+", "-", "٣", "7,0x", "--1"})
    void notWholeNumbers(String text) {
        assertThat(WholeNumber.parse(text)).isEqualTo(WholeNumber.NOT_A_WHOLE_NUMBER);
        assertThat(inTheMiddleOfABuffer(text)).isEqualTo(WholeNumber.NOT_A_WHOLE_NUMBER);
    }
}
