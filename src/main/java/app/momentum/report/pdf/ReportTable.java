package app.momentum.report.pdf;

import app.momentum.base.pdf.PdfCanvas;
import app.momentum.base.pdf.PdfCanvas.Rgb;
import app.momentum.base.pdf.PdfFont;
import app.momentum.base.pdf.PdfPages;
import java.io.IOException;
import java.util.List;

/**
 * The one way the board report draws a table: a shaded header row, then one row per item with a faint line below it,
 * each cell's text on one line (shortened with an ellipsis when too wide) and left- or right-aligned. A row that does
 * not fit continues on the next page, under the header again. Drawn from the top of the free space down.
 */
final class ReportTable {

    static final float ROW = 18;
    static final float TEXT_SIZE = 9;
    private static final float PAD = 4;
    private static final Rgb HEADER_TEXT = Rgb.hex(0x6b7280);
    private static final Rgb HEADER_SHADE = Rgb.hex(0xf5f6f8);
    private static final Rgb RULE = Rgb.hex(0xe5e7eb);

    /** What draws the cells of one item's row (with {@link #cell}, {@link #markedCell}, {@link #inner}). */
    @FunctionalInterface
    interface Cells<T> {
        void draw(T item) throws IOException;
    }

    /** The inside of a cell, in PDF points: for a drawing instead of a text. */
    record Box(float x, float bottom, float width, float height) {
    }

    /** A column: its header, its share of the table's width and whether its texts align right (numbers). */
    record Column(String header, float share, boolean alignRight) {

        static Column left(String header, float share) {
            return new Column(header, share, false);
        }

        static Column right(String header, float share) {
            return new Column(header, share, true);
        }
    }

    private final PdfPages pages;
    private final PdfCanvas canvas;
    private final PdfFont headerFont;
    private final float left;
    private final float width;
    private final List<Column> columns;
    private final float[] xs;
    private final float[] widths;
    /** The top of the row being drawn. */
    private float rowTop;

    /** A table from {@code left}, {@code width} wide, its columns left to right. */
    ReportTable(PdfPages pages, float left, float width, List<Column> columns) {
        this.pages = pages;
        this.canvas = pages.canvas();
        this.headerFont = pages.bold();
        this.left = left;
        this.width = width;
        this.columns = columns;
        this.xs = new float[columns.size()];
        this.widths = new float[columns.size()];
        float x = left;
        for (int i = 0; i < columns.size(); i++) {
            xs[i] = x;
            widths[i] = columns.get(i).share() * width;
            x += widths[i];
        }
    }

    /** A table across the page's free width. */
    ReportTable(PdfPages pages, List<Column> columns) {
        this(pages, pages.layout().left(), pages.layout().width(), columns);
    }

    /** Draws the header, then one row per item with the cells {@code cells} draws for it. */
    <T> void draw(List<T> items, Cells<T> cells) throws IOException {
        header();
        for (T item : items) {
            row();
            cells.draw(item);
        }
    }

    private void header() throws IOException {
        rowTop = pages.y();
        canvas.fillRect(left, rowTop - ROW, width, ROW, HEADER_SHADE);
        for (int i = 0; i < columns.size(); i++) {
            cell(i, headerFont, HEADER_TEXT, columns.get(i).header());
        }
        pages.down(ROW);
    }

    /** Makes room for a row: on a new page, under the header again, when it does not fit on this one. */
    private void row() throws IOException {
        if (pages.ensure(ROW)) {
            header();
        }
        rowTop = pages.y();
        canvas.line(left, rowTop - ROW, left + width, rowTop - ROW, RULE, 0.5f, null);
        pages.down(ROW);
    }

    /** The text in a cell of the current row. */
    void cell(int column, PdfFont font, Rgb color, String text) throws IOException {
        text(column, 0, font, color, text);
    }

    /** The text in a cell of the current row after a dot in {@code marker}'s colour (a quadrant's, say). */
    void markedCell(int column, Rgb marker, PdfFont font, Rgb color, String text) throws IOException {
        canvas.circle(xs[column] + 7, baseline() + 3, 3, marker);
        text(column, 10, font, color, text);
    }

    /** The inside of a cell of the current row. */
    Box inner(int column) {
        return new Box(xs[column] + PAD, rowTop - ROW + 3, widths[column] - 2 * PAD, ROW - 6);
    }

    private void text(int column, float indent, PdfFont font, Rgb color, String text) throws IOException {
        String line = font.line(text, TEXT_SIZE, widths[column] - 2 * PAD - indent);
        if (columns.get(column).alignRight()) {
            canvas.textRight(font, TEXT_SIZE, color, xs[column] + widths[column] - PAD, baseline(), line);
        } else {
            canvas.text(font, TEXT_SIZE, color, xs[column] + PAD + indent, baseline(), line);
        }
    }

    private float baseline() {
        return rowTop - ROW + 6;
    }
}
