package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.csv.CsvFields;
import app.momentum.base.csv.CsvTokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyCellsTest {

    private static SurveyCells fitted(String line, int width) {
        CsvFields record = new CsvTokenizer("\n" + line + "\n", ',').nextNonBlankFields();
        SurveyCells cells = new SurveyCells(width);
        cells.fit(record);
        return cells;
    }

    @Test
    void cellsAreStrippedAndShortRowsPadded() {
        SurveyCells cells = fitted(" R1 ,\t7\u2003,\" x \",\u00a0", 5);

        assertThat(cells.line()).isEqualTo(2);
        // as String.strip: a non-breaking space is not whitespace to Java, so it stays
        assertThat(cells.toList()).containsExactly("R1", "7", "x", "\u00a0", "");
        assertThat(cells.isEmpty(4)).isTrue();
        assertThat(cells.isEmpty(0)).isFalse();
        assertThat(new String(cells.chars(), cells.start(1), cells.end(1) - cells.start(1))).isEqualTo("7");
    }

    @Test
    void emptyCellsAnywhereIncludingTheLast() {
        assertThat(fitted("a,,b,", 5).toList()).containsExactly("a", "", "b", "", "");
        assertThat(fitted(",,,x", 4).toList()).containsExactly("", "", "", "x");
        assertThat(fitted("x,\u3000y", 2).toList()).containsExactly("x", "y"); // U+3000: whitespace above U+1680
        assertThat(fitted("x,\u1234", 2).toList()).containsExactly("x", "\u1234");
    }

    @Test
    void blankCellsBeyondTheHeadersAreIgnoredOthersRefused() {
        assertThat(fitted("a,b,, ,", 2).toList()).containsExactly("a", "b");
        assertThatThrownBy(() -> fitted("a,b, c ,", 2))
                .isInstanceOfSatisfying(SurveyImportException.class, e -> {
                    assertThat(e.key()).isEqualTo("import.error.wrong-column-count");
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.value()).isEqualTo("c");
                    assertThat(e.args()).containsExactly(2, 3);
                });
    }

    /** Cells of {@code width} that look only at {@code columns}, fitted to the first row after the header. */
    private static SurveyCells lookingAt(CsvTokenizer rows, int width, int... columns) {
        rows.nextNonBlankFields(); // the header
        SurveyCells cells = new SurveyCells(width);
        cells.lookOnlyAt(columns);
        cells.fit(rows.nextNonBlankFields());
        return cells;
    }

    @Test
    void cellsNotLookedAtAreStrippedWhenAsked() {
        CsvTokenizer rows = new CsvTokenizer("id,a,b\n 7 ,R1, x\n8,R2,y\n", ',');
        SurveyCells cells = lookingAt(rows, 3, 1);

        assertThat(range(cells, 0)).isEqualTo(" 7 "); // not looked at: left as it is
        assertThat(range(cells, 1)).isEqualTo("R1");
        cells.stripAll();
        assertThat(range(cells, 0)).isEqualTo("7");
        assertThat(range(cells, 2)).isEqualTo("x");

        cells.fit(rows.nextNonBlankFields());
        assertThat(cells.toList()).containsExactly("8", "R2", "y");
    }

    @Test
    void whitespaceInACellLookedAtStripsTheWholeRow() {
        SurveyCells cells = lookingAt(new CsvTokenizer("id,a\n 7 ,R1 \n", ','), 2, 1);

        assertThat(range(cells, 0)).isEqualTo("7");
        assertThat(range(cells, 1)).isEqualTo("R1");
    }

    @Test
    void aCellsTextIsStripped() {
        SurveyCells cells = lookingAt(new CsvTokenizer("id,a\n 7 ,R1\n", ','), 2, 1);

        assertThat(cells.text(0)).isEqualTo("7"); // e.g. for an error message
    }

    /** The cell's range as text, without the stripping {@link SurveyCells#text} does. */
    private static String range(SurveyCells cells, int column) {
        return new String(cells.chars(), cells.start(column), cells.end(column) - cells.start(column));
    }

    @Test
    void rowsOfStringsAreCopied() {
        SurveyCells cells = new SurveyCells(3);
        cells.load(List.of("R1", "", "Utrecht".repeat(100)), 7);

        assertThat(cells.line()).isEqualTo(7);
        assertThat(cells.isEmpty(1)).isTrue();
        assertThat(cells.text(2)).hasSize(700);
        assertThat(cells.toList()).containsExactly("R1", "", "Utrecht".repeat(100));
    }
}
