package app.momentum.journey.pdf;

import static app.momentum.base.pdf.PdfPages.nullToEmpty;

import app.momentum.base.pdf.PdfCanvas;
import app.momentum.base.pdf.PdfCanvas.Rgb;
import app.momentum.base.pdf.PdfFont;
import app.momentum.base.pdf.PdfPages;
import app.momentum.journey.pdf.PdfLane.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders a journey map as a landscape A4 PDF in the layout of the canvas: a header (title, subtitle, date); the map,
 * a label column with the lanes' names at the left, the moments as columns left to right under their phases' bands,
 * one row per lane in the given order (the emotion lane a strip with the current, desired and measured lines drawn
 * point-for-point at the column centres, the peak and end marked); then the signature check summary.
 *
 * <p>Every text comes translated in the {@link PdfJourney}; this class knows no language. Texts are drawn as text,
 * never interpreted (so {@code <b>} stays {@code <b>}), in DejaVu Sans embedded from the classpath; characters the font
 * lacks are drawn as {@code ?}. Nothing is cut off silently: texts wrap, and only absurdly long ones are shortened,
 * visibly, with an ellipsis; badges that do not fit on a card are counted in a {@code +N} badge.
 *
 * <p>Pagination: as many moments side by side as fit at a readable width (at least {@value #MIN_COLUMN} pt each,
 * eight on A4 landscape), balanced over the pages ({@link ColumnPages}); the next moments continue on the next page,
 * with the label column repeated and a phase continued from the previous page named with a leading ellipsis. Lanes
 * that do not fit down a page continue on the next one under the same columns and phase bands. A line in the emotion
 * lane joins only adjacent columns that both have a value ({@link EmotionStrip}): a gap is never bridged, and a line
 * does not run on across a page break. The check summary follows on the same page when it fits. Pages after the first
 * repeat the header as one small line; every page is numbered {@code n / total}.
 *
 * <p>The limits that shorten text: the title 2 lines, a phase name 3, a lane's name 4, a moment's title 6, its badges
 * 3 rows, any other cell {@value #TEXT_MAX_LINES} lines, a check title 4 and a check result 30 lines; any text is cut
 * at 10,000 characters. Stateless and thread-safe.
 */
public final class JourneyPdf implements PdfPages.Content {

    private static final PdfPages.Layout LAYOUT = new PdfPages.Layout(PdfCanvas.A4_LANDSCAPE, 36, 30, 36);
    private static final float LEFT = LAYOUT.left();
    private static final float RIGHT = LAYOUT.right();
    private static final float WIDTH = LAYOUT.width();
    private static final float FOOTER_BASELINE = 22;
    private static final float SECTION_GAP = 16;
    private static final float HEADING_SIZE = 12;

    // The table: the label column, then the columns of the moments.
    private static final float LABEL_WIDTH = 96;
    private static final float LABEL_PAD = 5;
    private static final float LABEL_SIZE = 7.5f;
    private static final float LABEL_LEADING = 9.5f;
    private static final int LABEL_MAX_LINES = 4;
    /** A moment's column is at least this wide (eight fit across A4 landscape), at most {@link #MAX_COLUMN}. */
    private static final float MIN_COLUMN = 80;
    private static final float MAX_COLUMN = 170;
    /** The column of a phase without moments. */
    private static final float EMPTY_COLUMN = 56;
    /** At the right of the columns, for the measured 1–10 scale, when the emotion lane is shown. */
    private static final float SCALE_GUTTER = 16;

    private static final float PHASE_SIZE = 8.5f;
    private static final float PHASE_LEADING = 10.5f;
    private static final int PHASE_MAX_LINES = 3;
    private static final float PHASE_PAD = 4;
    private static final float BAND_GAP = 3;

    private static final float CELL_PAD = 4;
    private static final float MIN_ROW = 16;
    private static final float TEXT_SIZE = 7.5f;
    private static final float TEXT_LEADING = 9.2f;
    private static final int TEXT_MAX_LINES = 18;
    private static final float CARD_INSET = 2;
    private static final float CARD_PAD = 3.5f;
    private static final float TITLE_SIZE = 8;
    private static final float TITLE_LEADING = 9.8f;
    private static final int TITLE_MAX_LINES = 6;
    private static final float BADGE_SIZE = 6.5f;
    private static final float BADGE_HEIGHT = 10;
    private static final float BADGE_PAD = 3;
    private static final float BADGE_GAP = 3;
    private static final int BADGE_MAX_ROWS = 3;
    private static final String NINE_PLUS = "9+";

    // The emotion strip.
    /** Above the +3 line: room for the peak and end marks. */
    private static final float STRIP_TOP = 14;
    private static final float STRIP_BOTTOM = 8;
    private static final float PLOT_HEIGHT = 84;
    private static final float AXIS_SIZE = 6.5f;
    private static final float MARK_SIZE = 6.5f;
    private static final float LEGEND_SIZE = 6.5f;
    private static final float LEGEND_LEADING = 8.5f;
    private static final float LEGEND_SAMPLE = 13;

    private static final float STATUS_SIZE = 7.5f;
    private static final float STATUS_HEIGHT = 13;
    private static final float CHECK_TITLE_SIZE = 9.5f;
    private static final float CHECK_TITLE_LEADING = 12;
    private static final int CHECK_TITLE_MAX_LINES = 4;
    private static final float RESULT_SIZE = 8.5f;
    private static final float RESULT_LEADING = 11;
    private static final int RESULT_MAX_LINES = 30;

    private static final Rgb WHITE = Rgb.hex(0xffffff);
    private static final Rgb INK = Rgb.hex(0x1f2937);
    private static final Rgb TEXT = Rgb.hex(0x374151);
    private static final Rgb MUTED = Rgb.hex(0x6b7280);
    private static final Rgb LINE = Rgb.hex(0xd1d5db);
    private static final Rgb FAINT = Rgb.hex(0xe5e7eb);
    private static final Rgb SHADE = Rgb.hex(0xf5f6f8);
    private static final Rgb EMPTY_SHADE = Rgb.hex(0xf9fafb);
    private static final Rgb ACCENT = Rgb.hex(0x0f766e);
    private static final Rgb ACCENT_DARK = Rgb.hex(0x134e4a);
    private static final Rgb ACCENT_TINT = Rgb.hex(0xe3f1ef);
    private static final Rgb NINE_PLUS_BACKGROUND = Rgb.hex(0xf3faf9);
    private static final Rgb BADGE_BACKGROUND = Rgb.hex(0xeceef2);
    /** The canvas's colours of the three lines. */
    private static final Rgb CURRENT = Rgb.hex(0x94a3b8);
    private static final Rgb DESIRED = ACCENT;
    private static final Rgb MEASURED = Rgb.hex(0xb45309);
    private static final Rgb GREEN = Rgb.hex(0x15803d);
    private static final Rgb AMBER = Rgb.hex(0xb45309);
    private static final Rgb RED = Rgb.hex(0xb91c1c);
    private static final Rgb GREY = Rgb.hex(0x6b7280);
    private static final float[] DASHED = {3, 2};

    private final PdfJourney journey;
    private final PdfPages pages;
    private final PdfCanvas canvas;
    private final PdfFont regular;
    private final PdfFont bold;

    private JourneyPdf(PdfJourney journey, PdfPages pages) {
        this.journey = journey;
        this.pages = pages;
        this.canvas = pages.canvas();
        this.regular = pages.regular();
        this.bold = pages.bold();
    }

    /** The journey map as a PDF document. */
    public static byte[] render(PdfJourney journey) {
        Objects.requireNonNull(journey, "journey");
        return PdfPages.render(LAYOUT, journey.title(), journey.subtitle(), pages -> new JourneyPdf(journey, pages));
    }

    @Override
    public void draw() throws IOException {
        firstPage();
        if (journey.phases().isEmpty()) {
            empty();
        } else {
            map();
        }
        checks();
    }

    /** "n / total" at the right. */
    @Override
    public void footer(int number, int total) throws IOException {
        canvas.textRight(regular, 7.5f, MUTED, RIGHT, FOOTER_BASELINE, number + " / " + total);
    }

    // ---------------------------------------------------------------- pages

    private void firstPage() throws IOException {
        pages.newPage();
        for (String line : bold.wrap(journey.title(), 18, WIDTH, 2)) {
            canvas.text(bold, 18, INK, LEFT, baseline(pages.y(), 18, 22), line);
            pages.down(22);
        }
        String date = regular.line(journey.generatedAt(), 9, WIDTH / 3);
        float dateWidth = regular.width(date, 9);
        List<String> subtitle = regular.wrap(journey.subtitle(), 10, WIDTH - dateWidth - 16, 2);
        if (!date.isEmpty() || !subtitle.getFirst().isBlank()) {
            for (int i = 0; i < subtitle.size(); i++) {
                float base = baseline(pages.y(), 10, 13);
                canvas.text(regular, 10, MUTED, LEFT, base, subtitle.get(i));
                if (i == 0) {
                    canvas.textRight(regular, 9, MUTED, RIGHT, base, date);
                }
                pages.down(13);
            }
        }
        pages.down(5);
        canvas.line(LEFT, pages.y(), RIGHT, pages.y(), LINE, 0.8f, null);
        pages.down(12);
    }

    /** A new page with the header as one small line. */
    private void nextPage() throws IOException {
        pages.newPage();
        String date = regular.line(journey.generatedAt(), 8, WIDTH / 3);
        String head = isBlank(journey.subtitle()) ? journey.title()
                : isBlank(journey.title()) ? journey.subtitle()
                : journey.title() + " \u00b7 " + journey.subtitle();
        float base = baseline(pages.y(), 8, 10);
        canvas.text(regular, 8, MUTED, LEFT, base, regular.line(head, 8, WIDTH - regular.width(date, 8) - 16));
        canvas.textRight(regular, 8, MUTED, RIGHT, base, date);
        pages.down(13);
        canvas.line(LEFT, pages.y(), RIGHT, pages.y(), FAINT, 0.6f, null);
        pages.down(10);
    }

    private void empty() throws IOException {
        pages.down(10);
        List<String> lines = regular.wrap(journey.labels().empty(), 11, WIDTH - 32, 6);
        float height = lines.size() * 14 + 24;
        canvas.roundRect(LEFT, pages.y() - height, WIDTH, height, 6, SHADE, LINE, 0.6f);
        float top = pages.y() - 12;
        for (String line : lines) {
            canvas.text(regular, 11, MUTED, LEFT + 16, baseline(top, 11, 14), line);
            top -= 14;
        }
        pages.down(height);
    }

    // ---------------------------------------------------------------- the map: columns and pages

    /** A column of the map: a moment, or the empty column of a phase without moments ({@code moment} null). */
    private record Column(int phase, int position, PdfMoment moment) {

        boolean empty() {
            return moment == null;
        }
    }

    /** A column where it is drawn on its page. */
    private record Placed(Column column, float left, float width) {

        float right() {
            return left + width;
        }

        float center() {
            return left + width / 2;
        }

        PdfMoment moment() {
            return column.moment();
        }
    }

    private void map() throws IOException {
        List<Column> columns = new ArrayList<>();
        List<PdfPhase> phases = journey.phases();
        for (int p = 0; p < phases.size(); p++) {
            List<PdfMoment> moments = phases.get(p).moments();
            if (moments.isEmpty()) {
                columns.add(new Column(p, 0, null));
            }
            for (int m = 0; m < moments.size(); m++) {
                columns.add(new Column(p, m, moments.get(m)));
            }
        }
        boolean emotion = journey.lanes().stream().anyMatch(lane -> lane.kind() == Kind.EMOTION);
        float available = WIDTH - LABEL_WIDTH - (emotion ? SCALE_GUTTER : 0);
        List<Integer> counts = ColumnPages.split(columns.stream().map(Column::empty).toList(), available,
                MIN_COLUMN, EMPTY_COLUMN);
        // One width for every moment's column, so the columns line up from page to page.
        List<List<Column>> slices = new ArrayList<>();
        float momentWidth = MAX_COLUMN;
        int from = 0;
        for (int count : counts) {
            List<Column> slice = columns.subList(from, from + count);
            long empties = slice.stream().filter(Column::empty).count();
            if (count > empties) {
                momentWidth = Math.min(momentWidth, (available - empties * EMPTY_COLUMN) / (count - empties));
            }
            slices.add(slice);
            from += count;
        }
        for (int s = 0; s < slices.size(); s++) {
            if (s > 0) {
                nextPage();
            }
            slice(place(slices.get(s), momentWidth));
        }
    }

    private static List<Placed> place(List<Column> columns, float momentWidth) {
        List<Placed> placed = new ArrayList<>();
        float x = LEFT + LABEL_WIDTH;
        for (Column column : columns) {
            float width = column.empty() ? EMPTY_COLUMN : momentWidth;
            placed.add(new Placed(column, x, width));
            x += width;
        }
        return placed;
    }

    /** The columns of one page across: their phase bands and every lane, continued on next pages when needed. */
    private void slice(List<Placed> columns) throws IOException {
        Band band = band(columns);
        List<Row> rows = journey.lanes().stream().map(lane -> row(lane, columns)).toList();
        float first = rows.isEmpty() ? 0 : rows.getFirst().height();
        if (!pages.fits(band.height() + BAND_GAP + first)) {
            nextPage();
        }
        drawBand(band);
        for (Row row : rows) {
            if (!pages.fits(row.height())) {
                nextPage();
                drawBand(band);
            }
            drawRow(row, columns);
        }
    }

    // ---------------------------------------------------------------- phase bands

    /** A phase's band over its columns on a page, its name wrapped. */
    private record Group(float left, float right, List<String> name) {
    }

    private record Band(List<Group> groups, float height) {
    }

    private Band band(List<Placed> columns) {
        List<Group> groups = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < columns.size(); ) {
            int j = i;
            while (j + 1 < columns.size() && columns.get(j + 1).column().phase() == columns.get(i).column().phase()) {
                j++;
            }
            Placed first = columns.get(i);
            Placed last = columns.get(j);
            String name = journey.phases().get(first.column().phase()).name();
            if (first.column().position() > 0) {
                name = PdfFont.ELLIPSIS + " " + nullToEmpty(name); // continued from the previous page
            }
            List<String> wrapped = bold.wrap(name, PHASE_SIZE, last.right() - first.left() - 2 - 2 * PHASE_PAD,
                    PHASE_MAX_LINES);
            groups.add(new Group(first.left(), last.right(), wrapped));
            lines = Math.max(lines, wrapped.size());
            i = j + 1;
        }
        return new Band(groups, lines * PHASE_LEADING + 2 * PHASE_PAD);
    }

    private void drawBand(Band band) throws IOException {
        float top = pages.y();
        for (Group group : band.groups()) {
            canvas.roundRect(group.left() + 1, top - band.height(), group.right() - group.left() - 2, band.height(),
                    3, ACCENT_TINT, null, 0);
            float lineTop = top - PHASE_PAD;
            for (String line : group.name()) {
                canvas.text(bold, PHASE_SIZE, ACCENT_DARK, group.left() + 1 + PHASE_PAD,
                        baseline(lineTop, PHASE_SIZE, PHASE_LEADING), line);
                lineTop -= PHASE_LEADING;
            }
        }
        pages.down(band.height() + BAND_GAP);
    }

    // ---------------------------------------------------------------- lanes

    /** What one column shows in a lane: a card's title and badges, or lines of text. */
    private record Cell(List<String> title, List<List<Badge>> badges, List<String> text) {

        static final Cell EMPTY = new Cell(List.of(), List.of(), List.of());
    }

    /** One lane across the columns of a page, laid out. */
    private record Row(PdfLane lane, List<String> label, List<Cell> cells, float height) {
    }

    private Row row(PdfLane lane, List<Placed> columns) {
        boolean emotion = lane.kind() == Kind.EMOTION;
        float labelWidth = LABEL_WIDTH - 2 * LABEL_PAD - (emotion ? 12 : 0);
        List<String> label = bold.wrap(lane.label(), LABEL_SIZE, labelWidth, LABEL_MAX_LINES);
        float height = Math.max(MIN_ROW, 2 * CELL_PAD + label.size() * LABEL_LEADING);
        List<Cell> cells = new ArrayList<>();
        if (emotion) {
            float legend = legend().stream().mapToInt(entry -> legendLines(entry).size()).sum() * LEGEND_LEADING;
            height = Math.max(height, Math.max(STRIP_TOP + PLOT_HEIGHT + STRIP_BOTTOM,
                    2 * CELL_PAD + label.size() * LABEL_LEADING + 4 + legend));
            return new Row(lane, label, cells, height);
        }
        for (Placed column : columns) {
            Cell cell = column.column().empty() ? Cell.EMPTY : cell(lane, column.moment(), column.width());
            cells.add(cell);
            height = Math.max(height, cellHeight(lane, cell));
        }
        return new Row(lane, label, cells, height);
    }

    private Cell cell(PdfLane lane, PdfMoment moment, float width) {
        String text = moment.cell(lane.id());
        if (lane.kind() == Kind.CARD) {
            float inner = width - 2 * CARD_INSET - 2 * CARD_PAD;
            return new Cell(bold.wrap(moment.title(), TITLE_SIZE, inner, TITLE_MAX_LINES),
                    badgeRows(Arrays.asList(text.split("\n")), inner), List.of());
        }
        if (regular.clean(text).isBlank()) {
            return Cell.EMPTY;
        }
        return new Cell(List.of(), List.of(),
                regular.wrap(text, TEXT_SIZE, width - 2 * CELL_PAD, TEXT_MAX_LINES));
    }

    private static float cellHeight(PdfLane lane, Cell cell) {
        if (lane.kind() != Kind.CARD) {
            return 2 * CELL_PAD + cell.text().size() * TEXT_LEADING;
        }
        float height = 2 * CARD_INSET + 2 * CARD_PAD + cell.title().size() * TITLE_LEADING;
        if (!cell.badges().isEmpty()) {
            height += 4 + cell.badges().size() * BADGE_HEIGHT + (cell.badges().size() - 1) * BADGE_GAP;
        }
        return height;
    }

    private void drawRow(Row row, List<Placed> columns) throws IOException {
        float top = pages.y();
        float bottom = top - row.height();
        float tableRight = columns.getLast().right();
        canvas.fillRect(LEFT, bottom, LABEL_WIDTH - 3, row.height(), SHADE);
        float lineTop = top - CELL_PAD;
        for (String line : row.label()) {
            canvas.text(bold, LABEL_SIZE, TEXT, LEFT + LABEL_PAD, baseline(lineTop, LABEL_SIZE, LABEL_LEADING), line);
            lineTop -= LABEL_LEADING;
        }
        boolean card = row.lane().kind() == Kind.CARD;
        for (int i = 0; i < columns.size(); i++) {
            Placed column = columns.get(i);
            if (column.column().empty()) {
                canvas.fillRect(column.left(), bottom, column.width(), row.height(), EMPTY_SHADE);
            }
            if (i > 0) {
                boolean phaseBoundary = columns.get(i - 1).column().phase() != column.column().phase();
                if (phaseBoundary || !card) {
                    canvas.line(column.left(), bottom, column.left(), top, phaseBoundary ? LINE : FAINT,
                            phaseBoundary ? 0.7f : 0.4f, null);
                }
            }
        }
        canvas.line(LEFT, bottom, tableRight, bottom, FAINT, 0.5f, null);
        switch (row.lane().kind()) {
            case EMOTION -> drawEmotion(row, columns, top, lineTop);
            case CARD -> drawCards(row, columns, top, bottom);
            case TEXT -> drawTexts(row, columns, top);
        }
        pages.moveTo(bottom);
    }

    private void drawTexts(Row row, List<Placed> columns, float top) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            float lineTop = top - CELL_PAD;
            for (String line : row.cells().get(i).text()) {
                canvas.text(regular, TEXT_SIZE, TEXT, columns.get(i).left() + CELL_PAD,
                        baseline(lineTop, TEXT_SIZE, TEXT_LEADING), line);
                lineTop -= TEXT_LEADING;
            }
        }
    }

    /** The moments' cards, all as tall as the row so they line up. */
    private void drawCards(Row row, List<Placed> columns, float top, float bottom) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            Placed column = columns.get(i);
            if (column.column().empty()) {
                continue;
            }
            Cell cell = row.cells().get(i);
            boolean ninePlus = column.moment().ninePlus();
            canvas.roundRect(column.left() + CARD_INSET, bottom + CARD_INSET, column.width() - 2 * CARD_INSET,
                    top - bottom - 2 * CARD_INSET, 4, ninePlus ? NINE_PLUS_BACKGROUND : WHITE,
                    ninePlus ? ACCENT : LINE, ninePlus ? 1.4f : 0.6f);
            float left = column.left() + CARD_INSET + CARD_PAD;
            float lineTop = top - CARD_INSET - CARD_PAD;
            for (String line : cell.title()) {
                canvas.text(bold, TITLE_SIZE, INK, left, baseline(lineTop, TITLE_SIZE, TITLE_LEADING), line);
                lineTop -= TITLE_LEADING;
            }
            if (!cell.badges().isEmpty()) {
                lineTop -= 4;
                for (List<Badge> badges : cell.badges()) {
                    float x = left;
                    for (Badge badge : badges) {
                        canvas.roundRect(x, lineTop - BADGE_HEIGHT, badge.width(), BADGE_HEIGHT, BADGE_HEIGHT / 2,
                                badge.accent() ? ACCENT : BADGE_BACKGROUND, null, 0);
                        canvas.text(regular, BADGE_SIZE, badge.accent() ? WHITE : TEXT, x + BADGE_PAD,
                                lineTop - BADGE_HEIGHT + (BADGE_HEIGHT - BADGE_SIZE * 0.73f) / 2, badge.text());
                        x += badge.width() + BADGE_GAP;
                    }
                    lineTop -= BADGE_HEIGHT + BADGE_GAP;
                }
            }
        }
    }

    // ---------------------------------------------------------------- the emotion strip

    /** A line of the strip: its legend, colour and stroke, and each moment's height in the plot (null: none). */
    private record Series(String label, Rgb color, float width, float[] dash, float radius,
                          Function<PdfMoment, Float> height) {
    }

    private List<Series> legend() {
        PdfJourney.Labels labels = journey.labels();
        return List.of(
                new Series(labels.current(), CURRENT, 1.1f, DASHED, 1.8f,
                        m -> m.current() == null ? null : EmotionStrip.emotionHeight(m.current())),
                new Series(labels.desired(), DESIRED, 1.8f, null, 2.3f,
                        m -> m.desired() == null ? null : EmotionStrip.emotionHeight(m.desired())),
                new Series(labels.measured(), MEASURED, 1.2f, null, 1.9f,
                        m -> m.measured() == null ? null : EmotionStrip.measuredHeight(m.measured())));
    }

    private List<String> legendLines(Series series) {
        return regular.wrap(series.label(), LEGEND_SIZE, LABEL_WIDTH - 2 * LABEL_PAD - LEGEND_SAMPLE - 14, 3);
    }

    private void drawEmotion(Row row, List<Placed> columns, float top, float labelBottom) throws IOException {
        float plotTop = top - STRIP_TOP;
        float plotBottom = plotTop - PLOT_HEIGHT;
        float tableLeft = columns.getFirst().left();
        float tableRight = columns.getLast().right();
        // The grid: -3..+3 at the left, the measured 1..10 on the same lines at the right (1, 4, 7, 10).
        for (int v = EmotionStrip.LOWEST_EMOTION; v <= EmotionStrip.HIGHEST_EMOTION; v++) {
            float y = plotBottom + EmotionStrip.emotionHeight(v) * PLOT_HEIGHT;
            canvas.line(tableLeft, y, tableRight, y, v == 0 ? LINE : FAINT, v == 0 ? 0.8f : 0.4f, null);
            String label = v > 0 ? "+" + v : v < 0 ? "\u2212" + -v : "0";
            canvas.textRight(regular, AXIS_SIZE, MUTED, tableLeft - 3, y - 2.3f, label);
            if ((v - EmotionStrip.LOWEST_EMOTION) % 2 == 0) {
                canvas.text(regular, AXIS_SIZE, MEASURED, tableRight + 3, y - 2.3f,
                        String.valueOf(1 + (v - EmotionStrip.LOWEST_EMOTION) * 3 / 2));
            }
        }
        // The legend, under the lane's name.
        float lineTop = labelBottom - 4;
        for (Series series : legend()) {
            List<String> lines = legendLines(series);
            float mid = lineTop - LEGEND_LEADING / 2;
            canvas.line(LEFT + LABEL_PAD, mid, LEFT + LABEL_PAD + LEGEND_SAMPLE - 3, mid, series.color(),
                    series.width(), series.dash());
            for (String line : lines) {
                canvas.text(regular, LEGEND_SIZE, TEXT, LEFT + LABEL_PAD + LEGEND_SAMPLE,
                        baseline(lineTop, LEGEND_SIZE, LEGEND_LEADING), line);
                lineTop -= LEGEND_LEADING;
            }
        }
        for (Series series : legend()) {
            line(series, columns, plotBottom);
        }
        marks(columns, plotBottom);
    }

    /** One line, point-for-point at the column centres: a segment only between adjacent columns with values. */
    private void line(Series series, List<Placed> columns, float plotBottom) throws IOException {
        List<Float> heights = columns.stream()
                .map(c -> c.column().empty() ? null : series.height().apply(c.moment())).toList();
        Set<Integer> joined = new HashSet<>(EmotionStrip.segmentStarts(heights));
        float[] xs = new float[columns.size()];
        float[] ys = new float[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            if (heights.get(i) == null) {
                continue;
            }
            // A run of joined points, drawn as one line so the dashes and joins flow.
            int count = 0;
            int j = i;
            while (true) {
                xs[count] = columns.get(j).center();
                ys[count] = plotBottom + heights.get(j) * PLOT_HEIGHT;
                count++;
                if (!joined.contains(j)) {
                    break;
                }
                j++;
            }
            canvas.polyline(xs, ys, count, series.color(), series.width(), series.dash());
            i = j;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (heights.get(i) != null) {
                canvas.circle(columns.get(i).center(), plotBottom + heights.get(i) * PLOT_HEIGHT, series.radius(),
                        series.color());
            }
        }
    }

    /** The peak and the end of the desired line: a ring around the point and its name above it. */
    private void marks(List<Placed> columns, float plotBottom) throws IOException {
        for (Placed column : columns) {
            PdfMoment moment = column.moment();
            if (moment == null || moment.desired() == null || !(moment.peak() || moment.end())) {
                continue;
            }
            float x = column.center();
            float y = plotBottom + EmotionStrip.emotionHeight(moment.desired()) * PLOT_HEIGHT;
            canvas.circle(x, y, 4.6f, DESIRED);
            canvas.circle(x, y, 3.5f, WHITE);
            canvas.circle(x, y, 2.3f, DESIRED);
            String text = moment.peak() && moment.end()
                    ? nullToEmpty(journey.labels().peak()) + " \u00b7 " + nullToEmpty(journey.labels().end())
                    : moment.peak() ? journey.labels().peak() : journey.labels().end();
            String label = bold.line(text, MARK_SIZE, column.width() - 4);
            float width = bold.width(label, MARK_SIZE);
            canvas.fillRect(x - width / 2 - 1.5f, y + 5.5f, width + 3, MARK_SIZE + 1, WHITE);
            canvas.textCentered(bold, MARK_SIZE, ACCENT_DARK, x, y + 7, label);
        }
    }

    // ---------------------------------------------------------------- badges

    private record Badge(String text, float width, boolean accent) {
    }

    private Badge badge(String text, float inner) {
        String line = regular.line(text, BADGE_SIZE, inner - 2 * BADGE_PAD);
        return new Badge(line, regular.width(line, BADGE_SIZE) + 2 * BADGE_PAD, NINE_PLUS.equals(line.strip()));
    }

    /** The badges flowed into rows; at most {@value #BADGE_MAX_ROWS}, the rest counted in a last "+N" badge. */
    private List<List<Badge>> badgeRows(List<String> texts, float inner) {
        List<Badge> badges = texts.stream().filter(t -> !regular.clean(t).isBlank()).map(t -> badge(t, inner))
                .toList();
        List<List<Badge>> rows = new ArrayList<>();
        List<Badge> row = new ArrayList<>();
        float rowWidth = 0;
        for (int i = 0; i < badges.size(); i++) {
            Badge badge = badges.get(i);
            if (!row.isEmpty() && rowWidth + BADGE_GAP + badge.width() > inner) {
                rows.add(row);
                if (rows.size() == BADGE_MAX_ROWS) {
                    addOverflow(rows.getLast(), badges.size() - i, inner);
                    return rows;
                }
                row = new ArrayList<>();
                rowWidth = 0;
            }
            rowWidth += (row.isEmpty() ? 0 : BADGE_GAP) + badge.width();
            row.add(badge);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private void addOverflow(List<Badge> row, int hidden, float inner) {
        Badge plus = badge("+" + hidden, inner);
        while (!row.isEmpty() && rowWidth(row) + BADGE_GAP + plus.width() > inner) {
            row.removeLast();
            hidden++;
            plus = badge("+" + hidden, inner);
        }
        row.add(plus);
    }

    private static float rowWidth(List<Badge> row) {
        float width = 0;
        for (Badge badge : row) {
            width += badge.width() + BADGE_GAP;
        }
        return row.isEmpty() ? 0 : width - BADGE_GAP;
    }

    // ---------------------------------------------------------------- signature check

    private void checks() throws IOException {
        List<PdfCheckItem> checks = journey.checks();
        if (checks.isEmpty()) {
            return;
        }
        float pillWidth = 40;
        for (PdfCheckItem item : checks) {
            pillWidth = Math.max(pillWidth, bold.width(bold.line(item.status(), STATUS_SIZE, 200), STATUS_SIZE) + 14);
        }
        pillWidth = Math.min(pillWidth, 120);
        float textLeft = LEFT + pillWidth + 10;
        float textWidth = RIGHT - textLeft;

        List<List<String>> titles = new ArrayList<>();
        List<List<String>> results = new ArrayList<>();
        for (PdfCheckItem item : checks) {
            titles.add(bold.wrap(item.title(), CHECK_TITLE_SIZE, textWidth, CHECK_TITLE_MAX_LINES));
            results.add(regular.clean(item.result()).isBlank() ? List.of()
                    : regular.wrap(item.result(), RESULT_SIZE, textWidth, RESULT_MAX_LINES));
        }
        if (!pages.fits(SECTION_GAP + 22 + itemHeight(titles.getFirst(), results.getFirst()))) {
            nextPage();
        } else {
            pages.down(SECTION_GAP);
        }
        canvas.text(bold, HEADING_SIZE, INK, LEFT, baseline(pages.y(), HEADING_SIZE, 16),
                bold.line(journey.labels().checkHeading(), HEADING_SIZE, WIDTH));
        pages.down(22);

        for (int i = 0; i < checks.size(); i++) {
            PdfCheckItem item = checks.get(i);
            float height = itemHeight(titles.get(i), results.get(i));
            if (!pages.fits(height)) {
                nextPage();
            } else if (i > 0) {
                canvas.line(LEFT, pages.y() + 4, RIGHT, pages.y() + 4, FAINT, 0.5f, null);
            }
            canvas.roundRect(LEFT, pages.y() - STATUS_HEIGHT, pillWidth, STATUS_HEIGHT, STATUS_HEIGHT / 2,
                    statusColor(item.level()), null, 0);
            canvas.textCentered(bold, STATUS_SIZE, WHITE, LEFT + pillWidth / 2,
                    pages.y() - STATUS_HEIGHT + (STATUS_HEIGHT - STATUS_SIZE * 0.73f) / 2,
                    bold.line(item.status(), STATUS_SIZE, pillWidth - 8));
            float lineTop = pages.y();
            for (String line : titles.get(i)) {
                canvas.text(bold, CHECK_TITLE_SIZE, INK, textLeft,
                        baseline(lineTop, CHECK_TITLE_SIZE, CHECK_TITLE_LEADING), line);
                lineTop -= CHECK_TITLE_LEADING;
            }
            for (String line : results.get(i)) {
                canvas.text(regular, RESULT_SIZE, TEXT, textLeft, baseline(lineTop, RESULT_SIZE, RESULT_LEADING),
                        line);
                lineTop -= RESULT_LEADING;
            }
            pages.down(height);
        }
    }

    private static float itemHeight(List<String> title, List<String> result) {
        return Math.max(STATUS_HEIGHT, title.size() * CHECK_TITLE_LEADING + result.size() * RESULT_LEADING) + 9;
    }

    private static Rgb statusColor(PdfCheckItem.Status status) {
        return switch (status) {
            case PASS -> GREEN;
            case WARNING -> AMBER;
            case FAIL -> RED;
            case NOT_APPLICABLE -> GREY;
        };
    }

    // ---------------------------------------------------------------- helpers

    /** The baseline of a line of text of the given size, vertically centred in a line box of the given height. */
    private static float baseline(float lineTop, float size, float leading) {
        // DejaVu Sans: ascent 0.928, descent 0.236 of the size.
        return lineTop - (leading - size * 1.164f) / 2 - size * 0.928f;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
