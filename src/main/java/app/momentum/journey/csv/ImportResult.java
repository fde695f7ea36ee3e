package app.momentum.journey.csv;

import java.util.List;

/**
 * The outcome of reading an import file. An import is all or nothing: the caller saves the rows (creating
 * {@link #newPhases()} first) only when {@link #ok()}. When there are errors, {@link #rows()} is still filled, for a
 * preview next to the errors, but must not be saved: such rows may hold unknown names, too-long text, or defaults in
 * place of values that could not be read.
 *
 * @param rows      every non-empty data row in file order (up to the row limit; a row cut off by an unterminated quote
 *                  is left out), with names in the {@link ImportContext}'s spelling
 * @param errors    header errors first, then row errors in file order; empty when the file can be imported
 * @param newPhases phase names not in the journey yet, in order of first appearance (only when
 *                  {@link ImportContext#createMissingPhases()}); the rows use these exact spellings
 */
public record ImportResult(List<MomentRow> rows, List<ImportError> errors, List<String> newPhases) {

    public ImportResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        newPhases = List.copyOf(newPhases);
    }

    /** Whether the file can be imported: no errors at all. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
