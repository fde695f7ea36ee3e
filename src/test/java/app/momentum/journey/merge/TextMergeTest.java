package app.momentum.journey.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two people's edits of one long text: apart they both stay, overlapping or touching the person decides. */
class TextMergeTest {

    static final String BASE = "The customer calls the bank. The agent checks the file. A letter follows.";

    @Test
    void editsInDifferentPartsBothStay() {
        String mine = "The customer phones the bank. The agent checks the file. A letter follows.";
        String theirs = "The customer calls the bank. The agent checks the file. An email follows at once.";
        assertThat(TextMerge.merge(BASE, mine, theirs))
                .hasValue("The customer phones the bank. The agent checks the file. An email follows at once.");
        assertThat(TextMerge.merge(BASE, theirs, mine))
                .hasValue("The customer phones the bank. The agent checks the file. An email follows at once.");
    }

    @Test
    void insertsAndDeletesApartMergeToo() {
        String mine = "Today the customer calls the bank. The agent checks the file. A letter follows.";
        String theirs = "The customer calls the bank. A letter follows.";
        assertThat(TextMerge.merge(BASE, mine, theirs)).hasValue("Today the customer calls the bank. A letter follows.");
    }

    @Test
    void neighbouringWordsAreApartButOneWordIsNot() {
        assertThat(TextMerge.merge("red green blue", "dark green blue", "red green sky")).hasValue("dark green sky");
        assertThat(TextMerge.merge("red green blue", "dark green blue", "red grey blue")).hasValue("dark grey blue");
        assertThat(TextMerge.merge("red green blue", "rose green blue", "ruby green blue")).isEmpty();
    }

    @Test
    void twoInsertsAtOnePlaceOrAtTheEdgeOfAChangeAreAConflict() {
        assertThat(TextMerge.merge("a b", "a x b", "a y b")).isEmpty();
        assertThat(TextMerge.merge("a b c", "a b c d", "a b e")).isEmpty();
    }

    @Test
    void theSameChangeOnBothSidesIsThatChangeAndNoChangeKeepsTheOther() {
        assertThat(TextMerge.merge(BASE, BASE, BASE)).hasValue(BASE);
        String theirs = BASE.replace("letter", "card");
        assertThat(TextMerge.merge(BASE, BASE, theirs)).hasValue(theirs);
    }

    @Test
    void aTextCreatedOrEmptiedOnOneSideIsNotMerged() {
        assertThat(TextMerge.merge(null, "mine", "theirs")).isEmpty();
        assertThat(TextMerge.merge(BASE, null, BASE + " More.")).isEmpty();
        assertThat(TextMerge.merge(BASE, BASE + " More.", null)).isEmpty();
    }

    @Test
    void whitespaceAndLineBreaksSurviveTheMerge() {
        String base = "first line\nsecond  line\n\nthird";
        assertThat(TextMerge.merge(base, "1st line\nsecond  line\n\nthird", "first line\nsecond  line\n\nlast"))
                .hasValue("1st line\nsecond  line\n\nlast");
        assertThat(TextMerge.tokens("")).isEmpty();
        assertThat(String.join("", TextMerge.tokens(base))).isEqualTo(base);
        assertThat(TextMerge.tokens("a  b")).containsExactly("a", "  ", "b");
    }
}
