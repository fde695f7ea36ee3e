package app.momentum.base.xlsx;

import app.momentum.base.xlsx.FirstSheet.NotAWorkbookException;
import app.momentum.base.xlsx.FirstSheet.RowHandler;
import app.momentum.base.xlsx.FirstSheet.SheetRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The peer of {@link FirstSheet#forEachRow} on FastExcel's streaming reader (issue 13), for the benchmark: the same
 * rows and the same text rules ({@link CellText}), so the two readers are compared like for like.
 *
 * <p>One difference FastExcel's cells leave: a formula whose cached result is an error reads as the error's text
 * ("#DIV/0!"), indistinguishable from a formula that returns that text; such values are taken as errors (empty).
 * FastExcel does not give the sheet's dimension, so there is no {@link RowHandler#lastRowHint}.
 */
public final class FastExcelFirstSheet {

    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!");

    private FastExcelFirstSheet() {
    }

    public static void forEachRow(Path file, RowHandler handler) throws NotAWorkbookException {
        RuntimeException handlerFailure = null;
        // with cell formats: the date rule needs each cell's number format
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Optional<Sheet> first = workbook.getSheet(0);
            if (first.isEmpty()) {
                return;
            }
            try (Stream<Row> rows = first.get().openStream()) {
                for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                    Row row = it.next();
                    List<String> cells = texts(row);
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    try {
                        if (!handler.row(new SheetRow(row.getRowNum(), cells))) {
                            break;
                        }
                    } catch (RuntimeException failure) {
                        handlerFailure = failure;
                        break;
                    }
                }
            }
        } catch (IOException | RuntimeException notAWorkbook) {
            throw new NotAWorkbookException(notAWorkbook);
        }
        if (handlerFailure != null) {
            throw handlerFailure;
        }
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(text(row.getCell(c)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> CellText.number(cell.getRawValue(), isDate(cell));
            case STRING -> CellText.string((String) cell.getValue());
            case BOOLEAN -> String.valueOf(cell.getValue());
            case FORMULA -> cachedValue(cell);
            case ERROR, EMPTY -> "";
        };
    }

    private static String cachedValue(Cell cell) {
        return switch (cell.getValue()) {
            case null -> "";
            case BigDecimal number -> CellText.number(cell.getRawValue(), isDate(cell));
            case Boolean bool -> bool.toString();
            case String text -> ERRORS.contains(text.strip()) ? "" : CellText.string(text);
            default -> CellText.string(cell.getValue().toString());
        };
    }

    private static boolean isDate(Cell cell) {
        Integer format = cell.getDataFormatId();
        return format != null && CellText.isDateFormat(format, cell.getDataFormatString());
    }
}
