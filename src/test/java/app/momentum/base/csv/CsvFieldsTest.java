package app.momentum.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFieldsTest {

    private static final String TEXT = "id;comment;x\r\n1;  \"a;b \"\"x\"\"\r\nnext\";\n\n;;\n2;plain; y \n3;\"open";

    @Test
    void fieldsAsRangesMatchTheRecordsAsStrings() {
        for (int buffer = 1; buffer <= TEXT.length(); buffer++) { // buffer boundaries everywhere
            CsvTokenizer strings = new CsvTokenizer(new StringReader(TEXT), ';', buffer);
            CsvTokenizer ranges = new CsvTokenizer(new StringReader(TEXT), ';', buffer);
            for (CsvRecord record = strings.nextNonBlank(); record != null; record = strings.nextNonBlank()) {
                CsvFields fields = ranges.nextNonBlankFields();
                assertThat(fields).isNotNull();
                assertThat(fields.line()).isEqualTo(record.line());
                assertThat(fields.unterminatedField()).isEqualTo(record.unterminatedField());
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < fields.count(); i++) {
                    texts.add(new String(fields.chars(), fields.start(i), fields.end(i) - fields.start(i)));
                }
                assertThat(texts).isEqualTo(record.fields());
            }
            assertThat(ranges.nextNonBlankFields()).isNull();
        }
    }

    @Test
    void quotesAreRemovedAndWhitespaceBeforeAnOpeningQuoteDropped() {
        CsvFields fields = new CsvTokenizer("  \"a;b \"\"x\"\"\r\nnext\";\n", ';').nextFields();

        assertThat(fields.count()).isEqualTo(2);
        assertThat(fields.text(0)).isEqualTo("a;b \"x\"\nnext");
        assertThat(fields.text(1)).isEmpty();
        assertThat(fields.line()).isEqualTo(1);
    }

    @Test
    void blankMeansEveryFieldIsWhitespace() {
        CsvTokenizer tokenizer = new CsvTokenizer(" ; \t;\n ;x\n", ';');

        assertThat(tokenizer.nextFields().blank()).isTrue();
        assertThat(tokenizer.nextFields().blank()).isFalse();
        assertThat(tokenizer.nextFields()).isNull();
    }

    @Test
    void theWhitespaceShortcutAgreesWithCharacterForEveryChar() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(CsvFields.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
        }
    }

    @Test
    void manyAndLongFieldsGrowTheBuffers() {
        String wide = "v".repeat(5000) + ";" + "w;".repeat(100) + "end";
        CsvFields fields = new CsvTokenizer(wide, ';').nextFields();

        assertThat(fields.count()).isEqualTo(102);
        assertThat(fields.text(0)).hasSize(5000);
        assertThat(fields.text(101)).isEqualTo("end");
        assertThat(fields.toRecord().fields()).hasSize(102).contains("w");
    }
}
