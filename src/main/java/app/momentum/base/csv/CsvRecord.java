package app.momentum.base.csv;

import java.util.List;

/**
 * One CSV record: the physical line it starts on, its raw fields, and the index of a field left open by an
 * unterminated quote at the end of the file (-1 if none).
 */
public record CsvRecord(int line, List<String> fields, int unterminatedField) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** True when every field is empty or whitespace (also a row of only delimiters). */
    public boolean blank() {
        for (String field : fields) { // a loop, not a stream: this runs for every record of a large file
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** True when the file ended inside a quoted field of this record. */
    public boolean unterminated() {
        return unterminatedField >= 0;
    }
}
