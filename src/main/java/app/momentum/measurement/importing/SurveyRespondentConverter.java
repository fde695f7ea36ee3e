package app.momentum.measurement.importing;

import app.momentum.measurement.analysis.Respondent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a {@link SurveyTable} plus a {@link ColumnMapping} into {@link Respondent}s.
 *
 * <p>All or nothing: the first problem (in file order) aborts the import with its exact row, column and
 * value, because analysing a partly imported survey would silently skew every score.
 * Ranges are checked here, before {@link Respondent} does, so the user gets a cell reference instead of a
 * generic validation failure.
 */
public final class SurveyRespondentConverter {

    /** Integer or decimal with comma (Dutch Excel) or point; "7,0" is a fine 7. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private SurveyRespondentConverter() {
    }

    /**
     * @param effortScaleMax top of the effort scale as asked in the survey (5 or 7)
     * @throws SurveyImportException on the first problem; no respondents are returned then
     */
    public static List<Respondent> convert(SurveyTable table, ColumnMapping mapping, int effortScaleMax) {
        if (effortScaleMax < 2) {
            throw new IllegalArgumentException("effort scale must have at least 2 points: " + effortScaleMax);
        }
        List<String> headers = table.headers();
        int idColumn = requiredColumn(ColumnRole.RESPONDENT_ID, mapping, headers);
        requiredColumn(ColumnRole.RECOMMEND, mapping, headers); // blank answers are fine, a missing column is not
        Map<String, Integer> firstLineById = new HashMap<>();
        List<Respondent> respondents = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = new Row(headers, table.rows().get(r), table.lineOf(r));
            String id = row.text(idColumn);
            if (id.isEmpty()) {
                throw row.error("import.error.missing-respondent-id", idColumn);
            }
            Integer firstLine = firstLineById.putIfAbsent(id, row.line);
            if (firstLine != null) {
                throw row.error("import.error.duplicate-respondent", idColumn, firstLine);
            }
            respondents.add(toRespondent(row, id, mapping, effortScaleMax));
        }
        return List.copyOf(respondents);
    }

    private static Respondent toRespondent(Row row, String id, ColumnMapping mapping,
                                           int effortScaleMax) {
        Map<String, String> segments = new LinkedHashMap<>();
        Map<UUID, Integer> moments = new LinkedHashMap<>();
        Integer recommend = null;
        Integer effort = null;
        Integer cxiNeeds = null;
        Integer cxiEasy = null;
        Integer cxiEnjoyable = null;
        for (int c = 0; c < row.headers.size(); c++) {
            ColumnAssignment assignment = mapping.assignmentOf(row.headers.get(c));
            switch (assignment.role()) {
                case SEGMENT -> {
                    if (!row.text(c).isEmpty()) segments.put(row.headers.get(c), row.text(c));
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
            if (!NUMBER.matcher(text).matches()) {
                throw error("import.error.not-numeric", column);
            }
            BigDecimal number = new BigDecimal(text.replace(',', '.'));
            if (number.stripTrailingZeros().scale() > 0) {
                throw error("import.error.not-numeric", column); // 7,5 on a 1–10 scale is not an answer
            }
            if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw error("import.error.out-of-range", column, min, max);
            }
            return number.intValueExact();
        }

        SurveyImportException error(String key, int column, Object... args) {
            return new SurveyImportException(key, line, headers.get(column), text(column), args);
        }
    }
}
