package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedTextTest {

    @Test
    void theSameCharactersGiveTheSameString() {
        RepeatedText texts = new RepeatedText();
        char[] row1 = "1;Utrecht;x".toCharArray();
        char[] row2 = "22;Utrecht;Utrecht-Oost".toCharArray();

        String first = texts.of(row1, 2, 9);
        assertThat(first).isEqualTo("Utrecht");
        assertThat(texts.of(row2, 3, 10)).isSameAs(first);
        assertThat(texts.of(row2, 11, 23)).isEqualTo("Utrecht-Oost").isNotSameAs(first);
        assertThat(texts.of(row2, 0, 0)).isEmpty();
    }

    @Test
    void beyondItsCapacityValuesAreStillRightButNotKept() {
        RepeatedText texts = new RepeatedText();
        for (int i = 0; i < RepeatedText.MAX_ENTRIES + 500; i++) {
            char[] value = ("v" + i).toCharArray();
            assertThat(texts.of(value, 0, value.length)).isEqualTo("v" + i);
        }
        char[] early = "v7".toCharArray();
        assertThat(texts.of(early, 0, 2)).isSameAs(texts.of(early, 0, 2));
        char[] late = ("v" + (RepeatedText.MAX_ENTRIES + 100)).toCharArray();
        assertThat(texts.of(late, 0, late.length)).isEqualTo(new String(late));
    }
}
