package app.momentum.measurement.importing;

import app.momentum.measurement.analysis.Respondent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns survey rows plus a {@link ColumnMapping} into {@link Respondent}s, one row at a time ({@link #convert(List,
 * int)}, for the streaming import) or a whole {@link SurveyTable} at once.
 *
 * <p>All or nothing: the first problem (in file order) aborts the import with its exact row, column and
 * value, because analysing a partly imported survey would silently skew every score.
 * Ranges are checked here, before {@link Respondent} does, so the user gets a cell reference instead of a
 * generic validation failure. Duplicate ids are found through a {@link RespondentIdIndex}, the one part that
 * grows with the number of rows.
 */
public final class SurveyRespondentConverter {

    private final List<String> headers;
    /** The mapping resolved per column index once, rather than looked up by header for every cell. */
    private final ColumnAssignment[] assignments;
    private final int idColumn;
    private final int effortScaleMax;
    private final RespondentIdIndex ids = new RespondentIdIndex();

    /**
     * A converter for rows under these headers.
     *
     * @param effortScaleMax top of the effort scale as asked in the survey (5 or 7)
     * @throws SurveyImportException when no column is mapped as respondent id or as recommend
     */
    public SurveyRespondentConverter(List<String> headers, ColumnMapping mapping, int effortScaleMax) {
        if (effortScaleMax < 2) {
            throw new IllegalArgumentException("effort scale must have at least 2 points: " + effortScaleMax);
        }
        this.headers = List.copyOf(headers);
        this.effortScaleMax = effortScaleMax;
        idColumn = requiredColumn(ColumnRole.RESPONDENT_ID, mapping, this.headers);
        requiredColumn(ColumnRole.RECOMMEND, mapping, this.headers); // blank answers are fine, a missing column is not
        assignments = this.headers.stream().map(mapping::assignmentOf).toArray(ColumnAssignment[]::new);
    }

    /**
     * @param effortScaleMax top of the effort scale as asked in the survey (5 or 7)
     * @throws SurveyImportException on the first problem; no respondents are returned then
     */
    public static List<Respondent> convert(SurveyTable table, ColumnMapping mapping, int effortScaleMax) {
        SurveyRespondentConverter converter = new SurveyRespondentConverter(table.headers(), mapping, effortScaleMax);
        List<Respondent> respondents = new ArrayList<>(table.rows().size());
        for (int r = 0; r < table.rows().size(); r++) {
            respondents.add(converter.convert(table.rows().get(r), table.lineOf(r)));
        }
        return List.copyOf(respondents);
    }

    /**
     * One row, checked against the rows converted before by this converter (duplicate ids).
     *
     * @param cells one per header, stripped
     * @param line  the file line the row starts on, for error messages
     * @throws SurveyImportException on the row's first problem
     */
    public Respondent convert(List<String> cells, int line) {
        Row row = new Row(headers, cells, line);
        String id = row.text(idColumn);
        if (id.isEmpty()) {
            throw row.error("import.error.missing-respondent-id", idColumn);
        }
        int firstLine = ids.putIfAbsent(id, line);
        if (firstLine >= 0) {
            throw row.error("import.error.duplicate-respondent", idColumn, firstLine);
        }
        return toRespondent(row, id);
    }

    private Respondent toRespondent(Row row, String id) {
        Map<String, String> segments = new LinkedHashMap<>();
        Map<UUID, Integer> moments = new LinkedHashMap<>();
        Integer recommend = null;
        Integer effort = null;
        Integer cxiNeeds = null;
        Integer cxiEasy = null;
        Integer cxiEnjoyable = null;
        for (int c = 0; c < assignments.length; c++) {
            ColumnAssignment assignment = assignments[c];
            switch (assignment.role()) {
                case SEGMENT -> {
                    if (!row.text(c).isEmpty()) segments.put(headers.get(c), row.text(c));
                }
                case RECOMMEND -> recommend = first(recommend, row.score(c, 0, 10));
                case EFFORT -> effort = first(effort, row.score(c, 1, effortScaleMax));
                case CXI_NEEDS -> cxiNeeds = first(cxiNeeds, row.score(c, 1, 5));
                case CXI_EASY -> cxiEasy = first(cxiEasy, row.score(c, 1, 5));
                case CXI_ENJOYABLE -> cxiEnjoyable = first(cxiEnjoyable, row.score(c, 1, 5));
                // Respondent has no overall satisfaction yet: validated so the file is trustworthy, then dropped.
                case OVERALL_SATISFACTION -> row.score(c, 1, 10);
                case MOMENT -> {
                    Integer score = row.score(c, 1, 10); // blank = moment not experienced
                    if (score != null) moments.putIfAbsent(assignment.momentId(), score);
                }
                case RESPONDENT_ID, IGNORE -> { }
            }
        }
        return new Respondent(id, segments, recommend, effort, cxiNeeds, cxiEasy, cxiEnjoyable, moments);
    }

    /** Single-use roles mapped twice: the leftmost column counts, later ones are still validated. */
    private static Integer first(Integer current, Integer next) {
        return current != null ? current : next;
    }

    private static int requiredColumn(ColumnRole role, ColumnMapping mapping, List<String> headers) {
        List<String> mapped = mapping.headersWith(role, headers);
        if (mapped.isEmpty()) {
            throw new SurveyImportException("import.error.missing-column", null, null, null, role.name());
        }
        return headers.indexOf(mapped.getFirst());
    }

    /** One data row with its file line, so every error can name line, column and value. */
    private record Row(List<String> headers, List<String> cells, int line) {

        String text(int column) {
            return cells.get(column).strip();
        }

        /** A whole number in [min, max], or {@code null} for a blank cell (not answered). */
        Integer score(int column, int min, int max) {
            String text = text(column);
            if (text.isEmpty()) {
                return null;
            }
            long value = WholeNumber.parse(text);
            if (value == WholeNumber.NOT_A_WHOLE_NUMBER) {
                throw error("import.error.not-numeric", column); // also 7,5 on a 1–10 scale: not an answer
            }
            if (value < min || value > max) {
                throw error("import.error.out-of-range", column, min, max);
            }
            return (int) value;
        }

        SurveyImportException error(String key, int column, Object... args) {
            return new SurveyImportException(key, line, headers.get(column), text(column), args);
        }
    }
}
