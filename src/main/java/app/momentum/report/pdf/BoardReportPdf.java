package app.momentum.report.pdf;

import static app.momentum.base.pdf.PdfPages.nullToEmpty;

import app.momentum.base.pdf.PdfCanvas;
import app.momentum.base.pdf.PdfCanvas.Rgb;
import app.momentum.base.pdf.PdfFont;
import app.momentum.base.pdf.PdfPages;
import app.momentum.report.BoardReportDocument;
import app.momentum.report.BoardReportDocument.Compass;
import app.momentum.report.BoardReportDocument.Quadrant;
import app.momentum.report.BoardReportDocument.StageCount;
import app.momentum.report.pdf.ReportTable.Column;
import java.io.IOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Draws the board report on A4 portrait pages: a header, then the sections one below the other — portfolio by stage
 * (bars), KPIs against targets (a table with a sparkline per KPI, drawn as a polyline), moments below target, actions
 * done and overdue (totals and per discipline), the maturity compass (four sectors, five level rings and a point per
 * quadrant, all vector) and the stale journeys. A table that does not fit continues on the next page with its header
 * repeated; every page ends with "page n / N". Every text comes translated in the document.
 */
public final class BoardReportPdf implements PdfPages.Content {

    private static final PdfPages.Layout LAYOUT = new PdfPages.Layout(PdfCanvas.A4_PORTRAIT, 42, 42, 54);
    private static final float LEFT = LAYOUT.left();
    private static final float RIGHT = LAYOUT.right();
    private static final float WIDTH = LAYOUT.width();
    private static final float ROW = ReportTable.ROW;
    private static final float TEXT_SIZE = ReportTable.TEXT_SIZE;

    private static final Rgb INK = Rgb.hex(0x1f2937);
    private static final Rgb TEXT = Rgb.hex(0x374151);
    private static final Rgb MUTED = Rgb.hex(0x6b7280);
    private static final Rgb LINE = Rgb.hex(0xd1d5db);
    private static final Rgb FAINT = Rgb.hex(0xe5e7eb);
    private static final Rgb SHADE = Rgb.hex(0xf5f6f8);
    private static final Rgb ACCENT = Rgb.hex(0x0f766e);
    private static final Rgb ACCENT_TINT = Rgb.hex(0xcfe7e3);
    private static final Rgb GREEN = Rgb.hex(0x15803d);
    private static final Rgb RED = Rgb.hex(0xb91c1c);
    private static final Rgb[] QUADRANT_COLORS = {
        Rgb.hex(0x0f766e), Rgb.hex(0x1d4ed8), Rgb.hex(0xb45309), Rgb.hex(0x7c3aed)};
    private static final Rgb[] QUADRANT_TINTS = {
        Rgb.hex(0xd5ebe8), Rgb.hex(0xdbe4fb), Rgb.hex(0xf5e6d3), Rgb.hex(0xe9e0fb)};

    private final BoardReportDocument report;
    private final PdfPages pages;
    private final PdfCanvas canvas;
    private final PdfFont regular;
    private final PdfFont bold;
    private final NumberFormat integers;

    private BoardReportPdf(BoardReportDocument report, PdfPages pages) {
        this.report = report;
        this.pages = pages;
        this.canvas = pages.canvas();
        this.regular = pages.regular();
        this.bold = pages.bold();
        this.integers = NumberFormat.getIntegerInstance(report.locale());
    }

    /** The board report as a PDF document. */
    public static byte[] render(BoardReportDocument report) {
        Objects.requireNonNull(report, "report");
        return PdfPages.render(LAYOUT, report.title(), report.subtitle(), pages -> new BoardReportPdf(report, pages));
    }

    @Override
    public void draw() throws IOException {
        header();
        portfolio();
        kpis();
        moments();
        actions();
        compass();
        stale();
    }

    /** The report's title at the left and "page n / N" at the right. */
    @Override
    public void footer(int number, int total) throws IOException {
        String footer = MessageFormat.format(nullToEmpty(report.labels().footer()), number, total);
        canvas.text(regular, 8, MUTED, LEFT, 30, regular.line(report.title(), 8, WIDTH * 0.6f));
        canvas.textRight(regular, 8, MUTED, RIGHT, 30, regular.clean(footer));
    }

    // ---------------------------------------------------------------- header and pages

    private void header() throws IOException {
        pages.newPage();
        for (String line : bold.wrap(report.title(), 18, WIDTH, 2)) {
            canvas.text(bold, 18, INK, LEFT, pages.y() - 16, line);
            pages.down(22);
        }
        String date = regular.line(report.generatedAt(), 9, WIDTH / 3);
        String subtitle = regular.line(report.subtitle(), 10, WIDTH - regular.width(date, 9) - 16);
        canvas.text(regular, 10, MUTED, LEFT, pages.y() - 10, subtitle);
        canvas.textRight(regular, 9, MUTED, RIGHT, pages.y() - 10, date);
        pages.down(18);
        canvas.line(LEFT, pages.y(), RIGHT, pages.y(), LINE, 0.8f, null);
        pages.down(10);
    }

    private void heading(String text, String note) throws IOException {
        pages.ensure(26 + ROW * 2);
        pages.down(10);
        canvas.text(bold, 13, ACCENT, LEFT, pages.y() - 12, bold.line(text, 13, WIDTH * 0.6f));
        if (note != null && !note.isBlank()) {
            canvas.textRight(regular, 8.5f, MUTED, RIGHT, pages.y() - 12, regular.line(note, 8.5f, WIDTH * 0.4f - 8));
        }
        pages.down(20);
    }

    private void empty(String text) throws IOException {
        pages.ensure(ROW + 4);
        for (String line : regular.wrap(text, TEXT_SIZE, WIDTH, 3)) {
            canvas.text(regular, TEXT_SIZE, MUTED, LEFT, pages.y() - 11, line);
            pages.down(13);
        }
        pages.down(4);
    }

    // ---------------------------------------------------------------- sections

    private void portfolio() throws IOException {
        BoardReportDocument.Labels labels = report.labels();
        heading(labels.portfolio(), labels.portfolioAsOf());
        List<StageCount> stages = report.portfolio().stages();
        pages.ensure(64);
        long max = Math.max(1, stages.stream().mapToLong(StageCount::journeys).max().orElse(0));
        int columns = stages.size() + 1;
        float gap = 8;
        float boxWidth = (WIDTH - gap * (columns - 1)) / columns;
        for (int i = 0; i < stages.size(); i++) {
            StageCount stage = stages.get(i);
            float x = LEFT + i * (boxWidth + gap);
            box(x, boxWidth, stage.stage(), stage.journeys(), (float) stage.journeys() / max);
        }
        box(LEFT + stages.size() * (boxWidth + gap), boxWidth, labels.total(), report.portfolio().total(), -1);
        pages.down(60);
    }

    private void box(float x, float width, String label, long count, float share) throws IOException {
        canvas.roundRect(x, pages.y() - 54, width, 54, 4, share < 0 ? SHADE : null, LINE, 0.6f);
        canvas.text(regular, 8.5f, MUTED, x + 6, pages.y() - 14, regular.line(label, 8.5f, width - 12));
        canvas.text(bold, 16, INK, x + 6, pages.y() - 34, bold.clean(integers.format(count)));
        if (share >= 0) {
            canvas.fillRect(x + 6, pages.y() - 46, width - 12, 4, FAINT);
            canvas.fillRect(x + 6, pages.y() - 46, (width - 12) * share, 4, ACCENT);
        }
    }

    private void kpis() throws IOException {
        BoardReportDocument.Labels labels = report.labels();
        heading(labels.kpis(), null);
        if (report.kpis().isEmpty()) {
            empty(labels.noKpis());
            return;
        }
        ReportTable table = new ReportTable(pages, List.of(Column.left(labels.kpi(), 0.30f),
                Column.right(labels.latest(), 0.12f), Column.right(labels.target(), 0.12f),
                Column.left(labels.status(), 0.16f), Column.left(labels.trend(), 0.18f),
                Column.right(labels.change(), 0.12f)));
        table.draw(report.kpis(), kpi -> {
            table.cell(0, regular, TEXT, kpi.name());
            table.cell(1, bold, INK, kpi.latest());
            table.cell(2, regular, TEXT, kpi.target());
            Rgb statusColor = switch (kpi.status()) {
                case MET -> GREEN;
                case MISSED -> RED;
                default -> MUTED;
            };
            table.cell(3, bold, statusColor, kpi.statusLabel());
            sparkline(kpi.sparkline(), table.inner(4));
            table.cell(5, regular, TEXT, kpi.change());
        });
    }

    /** The values as a polyline in the box (missing values skipped, the last one marked). */
    private void sparkline(List<Double> values, ReportTable.Box box) throws IOException {
        float x = box.x();
        float bottom = box.bottom();
        float width = box.width();
        float height = box.height();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        int count = 0;
        for (Double value : values) {
            if (value != null && Double.isFinite(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        double range = max - min == 0 ? 1 : max - min;
        float step = values.size() > 1 ? width / (values.size() - 1) : 0;
        float[] xs = new float[values.size()];
        float[] ys = new float[values.size()];
        int n = 0;
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i);
            if (value == null || !Double.isFinite(value)) {
                continue;
            }
            xs[n] = x + i * step;
            ys[n] = max - min == 0 ? bottom + height / 2 : (float) (bottom + (value - min) / range * height);
            n++;
        }
        canvas.polyline(xs, ys, n, ACCENT, 1.2f, null);
        canvas.circle(xs[n - 1], ys[n - 1], 1.8f, ACCENT);
    }

    private void moments() throws IOException {
        BoardReportDocument.Labels labels = report.labels();
        heading(labels.momentsBelowTarget(), null);
        if (report.momentsBelowTarget().isEmpty()) {
            empty(labels.noMomentsBelowTarget());
            return;
        }
        ReportTable table = new ReportTable(pages, List.of(Column.left(labels.moment(), 0.42f),
                Column.left(labels.journey(), 0.34f), Column.right(labels.score(), 0.12f),
                Column.right(labels.target(), 0.12f)));
        table.draw(report.momentsBelowTarget(), moment -> {
            table.cell(0, regular, TEXT, moment.moment());
            table.cell(1, regular, MUTED, moment.journey());
            table.cell(2, bold, RED, moment.score());
            table.cell(3, regular, TEXT, moment.target());
        });
    }

    private void actions() throws IOException {
        BoardReportDocument.Labels labels = report.labels();
        heading(labels.actions(), null);
        BoardReportDocument.Actions actions = report.actions();
        if (actions.done() == 0 && actions.overdue() == 0 && actions.byDiscipline().isEmpty()) {
            empty(labels.noActions());
            return;
        }
        pages.ensure(64);
        float boxWidth = (WIDTH - 8) / 2;
        box(LEFT, boxWidth, labels.doneInPeriod(), actions.done(), -1);
        box(LEFT + boxWidth + 8, boxWidth, labels.overdueAtEnd(), actions.overdue(), -1);
        pages.down(62);
        if (actions.byDiscipline().isEmpty()) {
            return;
        }
        ReportTable table = new ReportTable(pages, List.of(Column.left(labels.discipline(), 0.6f),
                Column.right(labels.done(), 0.2f), Column.right(labels.overdue(), 0.2f)));
        table.draw(actions.byDiscipline(), row -> {
            table.cell(0, regular, TEXT, row.discipline());
            table.cell(1, regular, TEXT, integers.format(row.done()));
            table.cell(2, row.overdue() > 0 ? bold : regular, row.overdue() > 0 ? RED : TEXT,
                    integers.format(row.overdue()));
        });
    }

    private void compass() throws IOException {
        BoardReportDocument.Labels labels = report.labels();
        heading(labels.compass(), report.compass().map(Compass::round).orElse(null));
        if (report.compass().isEmpty() || report.compass().get().quadrants().isEmpty()) {
            empty(labels.noCompass());
            return;
        }
        List<Quadrant> quadrants = report.compass().get().quadrants();
        float size = 170;
        pages.ensure(size + 10);
        float radius = size / 2 - 6;
        float cx = LEFT + size / 2;
        float cy = pages.y() - size / 2;
        int n = quadrants.size();
        float sector = 360f / n;
        // Background sectors, the filled share of each quadrant, five level rings, spokes and the points.
        for (int i = 0; i < n; i++) {
            wedge(cx, cy, radius, 90 - (i + 1) * sector, 90 - i * sector, QUADRANT_TINTS[i % 4], null);
        }
        for (int i = 0; i < n; i++) {
            Quadrant q = quadrants.get(i);
            float r = radius * share(q.total(), q.max());
            wedge(cx, cy, r, 90 - (i + 1) * sector, 90 - i * sector, null, QUADRANT_COLORS[i % 4]);
        }
        for (int ring = 1; ring <= 5; ring++) {
            ring(cx, cy, radius * ring / 5f, ring == 5 ? LINE : FAINT);
        }
        for (int i = 0; i < n; i++) {
            double angle = Math.toRadians(90 - i * sector);
            canvas.line(cx, cy, cx + radius * (float) Math.cos(angle), cy + radius * (float) Math.sin(angle),
                    LINE, 0.6f, null);
        }
        for (int i = 0; i < n; i++) {
            Quadrant q = quadrants.get(i);
            double angle = Math.toRadians(90 - (i + 0.5) * sector);
            if (q.previousTotal() != null) {
                float rp = radius * share(q.previousTotal(), q.max());
                canvas.circle(cx + rp * (float) Math.cos(angle), cy + rp * (float) Math.sin(angle), 2.2f, MUTED);
            }
            float r = radius * share(q.total(), q.max());
            canvas.circle(cx + r * (float) Math.cos(angle), cy + r * (float) Math.sin(angle), 3.2f,
                    QUADRANT_COLORS[i % 4]);
        }
        // The figures beside it (the compass was made room for, so the table does not break across pages).
        float compassTop = pages.y();
        float x = LEFT + size + 16;
        // the level gets the widest column: the scan's level names (Dutch "Zeer ver gevorderd") are the longest cells
        ReportTable table = new ReportTable(pages, x, RIGHT - x, List.of(Column.left(labels.quadrant(), 0.22f),
                Column.left(labels.score(), 0.20f), Column.left(labels.level(), 0.33f),
                Column.left(labels.sincePrevious(), 0.25f)));
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(report.locale());
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        pages.down(4);
        table.draw(IntStream.range(0, n).boxed().toList(), i -> {
            Quadrant q = quadrants.get(i);
            table.markedCell(0, QUADRANT_COLORS[i % 4], regular, TEXT, q.name());
            table.cell(1, bold, TEXT, oneDecimal.format(q.total()) + " / " + integers.format(q.max()));
            table.cell(2, regular, TEXT, q.levelName());
            table.cell(3, regular, TEXT, q.change());
        });
        pages.moveTo(compassTop - size - 6);
    }

    private static float share(double total, int max) {
        return max <= 0 ? 0 : (float) Math.max(0, Math.min(1, total / max));
    }

    /** A sector of a circle from {@code fromDegrees} to {@code toDegrees} (counter-clockwise). */
    private void wedge(float cx, float cy, float r, float fromDegrees, float toDegrees, Rgb fill, Rgb stroke)
            throws IOException {
        int steps = 24;
        float[] xs = new float[steps + 2];
        float[] ys = new float[steps + 2];
        xs[0] = cx;
        ys[0] = cy;
        for (int s = 0; s <= steps; s++) {
            double angle = Math.toRadians(fromDegrees + (toDegrees - fromDegrees) * s / steps);
            xs[s + 1] = cx + r * (float) Math.cos(angle);
            ys[s + 1] = cy + r * (float) Math.sin(angle);
        }
        if (stroke != null) {
            Rgb tint = new Rgb(0.55f + stroke.r() * 0.45f, 0.55f + stroke.g() * 0.45f, 0.55f + stroke.b() * 0.45f);
            canvas.polygon(xs, ys, steps + 2, tint, stroke, 0.8f);
        } else {
            canvas.polygon(xs, ys, steps + 2, fill, null, 0);
        }
    }

    private void ring(float cx, float cy, float r, Rgb color) throws IOException {
        int steps = 72;
        float[] xs = new float[steps + 1];
        float[] ys = new float[steps + 1];
        for (int s = 0; s <= steps; s++) {
            double angle = 2 * Math.PI * s / steps;
            xs[s] = cx + r * (float) Math.cos(angle);
            ys[s] = cy + r * (float) Math.sin(angle);
        }
        canvas.polyline(xs, ys, steps + 1, color, 0.6f, null);
    }

    private void stale() throws IOException {
        BoardReportDocument.Labels labels = report.labels();
        heading(labels.staleJourneys(), labels.staleAsOf());
        if (report.staleJourneys().isEmpty()) {
            empty(labels.noStaleJourneys());
            return;
        }
        ReportTable table = new ReportTable(pages, List.of(Column.left(labels.journey(), 0.4f),
                Column.left(labels.owner(), 0.25f), Column.left(labels.reason(), 0.35f)));
        table.draw(report.staleJourneys(), row -> {
            table.cell(0, regular, TEXT, row.journey());
            table.cell(1, regular, MUTED, row.owner());
            table.cell(2, regular, TEXT, row.reason());
        });
    }
}
