package app.momentum.journey.pdf;

import static app.momentum.base.pdf.PdfPages.nullToEmpty;

import app.momentum.base.pdf.PdfCanvas;
import app.momentum.base.pdf.PdfCanvas.Rgb;
import app.momentum.base.pdf.PdfFont;
import app.momentum.base.pdf.PdfPages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a journey map as a landscape A4 PDF: a header (title, subtitle, date); the map, phases as columns left to
 * right with their moment cards below; the current and desired emotion curves; the signature check summary.
 *
 * <p>Every text comes translated in the {@link PdfJourney}; this class knows no language. Texts are drawn as text,
 * never interpreted (so {@code <b>} stays {@code <b>}), in DejaVu Sans embedded from the classpath; characters the font
 * lacks are drawn as {@code ?}. Nothing is cut off silently: long texts wrap, and only absurdly long ones are
 * shortened, visibly, with an ellipsis; badges that do not fit on a card are counted in a {@code +N} badge.
 *
 * <p>Pagination: at most {@value #MAX_COLUMNS} phases across a page; more phases are split into bands of (nearly)
 * equal size, one below the other, a band starting on a new page unless its phase names and first cards fit below the
 * previous one. Moments that do not fit down a page continue on the next one, under their phase name prefixed with an
 * ellipsis. The curves and the check summary follow on the same page when they fit. Pages after the first repeat
 * the header as one small line; every page is numbered {@code n / total}.
 *
 * <p>The limits that shorten text: the title 2 lines, a phase name 3, a moment title 6, a channel 2, a badge 1, a
 * check title 4 and a check result 30 lines; any text is cut at 10,000 characters. Phase names under the curves get
 * 2 lines and are left out where a phase is narrower than 14 pt (they are on the map). Stateless and thread-safe.
 */
public final class JourneyPdf implements PdfPages.Content {

    private static final PdfPages.Layout LAYOUT = new PdfPages.Layout(PdfCanvas.A4_LANDSCAPE, 36, 30, 36);
    private static final float LEFT = LAYOUT.left();
    private static final float RIGHT = LAYOUT.right();
    private static final float WIDTH = LAYOUT.width();
    private static final float BOTTOM = LAYOUT.bottom();
    private static final float FOOTER_BASELINE = 22;
    private static final float SECTION_GAP = 16;
    private static final float HEADING_SIZE = 12;

    private static final int MAX_COLUMNS = 5;
    private static final float COLUMN_GAP = 10;
    private static final float BAND_GAP = 14;
    private static final float MAX_COLUMN_WIDTH = 250;
    private static final float PHASE_SIZE = 9.5f;
    private static final float PHASE_LEADING = 11.5f;
    private static final int PHASE_MAX_LINES = 3;
    private static final float PHASE_PAD = 5;
    private static final float CARD_PAD = 6;
    private static final float CARD_GAP = 6;
    private static final float TITLE_SIZE = 8.5f;
    private static final float TITLE_LEADING = 10.5f;
    private static final int TITLE_MAX_LINES = 6;
    private static final float CHANNEL_SIZE = 7.5f;
    private static final float CHANNEL_LEADING = 9.5f;
    private static final int CHANNEL_MAX_LINES = 2;
    private static final float BADGE_SIZE = 6.5f;
    private static final float BADGE_HEIGHT = 10;
    private static final float BADGE_PAD = 3.5f;
    private static final float BADGE_GAP = 3;
    private static final int BADGE_MAX_ROWS = 3;
    private static final String NINE_PLUS = "9+";

    private static final float PLOT_HEIGHT = 130;
    private static final float AXIS_LABEL_SIZE = 7;

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
    private static final Rgb ACCENT = Rgb.hex(0x0f766e);
    private static final Rgb ACCENT_DARK = Rgb.hex(0x134e4a);
    private static final Rgb ACCENT_TINT = Rgb.hex(0xe3f1ef);
    private static final Rgb NINE_PLUS_BACKGROUND = Rgb.hex(0xf3faf9);
    private static final Rgb BADGE_BACKGROUND = Rgb.hex(0xeceef2);
    private static final Rgb CURRENT = Rgb.hex(0x9ca3af);
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
            curves();
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

    // ---------------------------------------------------------------- map

    private void empty() throws IOException {
        pages.down(10);
        List<String> lines = regular.wrap(journey.emptyText(), 11, WIDTH - 32, 6);
        float height = lines.size() * 14 + 24;
        canvas.roundRect(LEFT, pages.y() - height, WIDTH, height, 6, SHADE, LINE, 0.6f);
        float top = pages.y() - 12;
        for (String line : lines) {
            canvas.text(regular, 11, MUTED, LEFT + 16, baseline(top, 11, 14), line);
            top -= 14;
        }
        pages.down(height);
    }

    private void map() throws IOException {
        List<PdfPhase> phases = journey.phases();
        int bands = (phases.size() + MAX_COLUMNS - 1) / MAX_COLUMNS;
        int perBand = (phases.size() + bands - 1) / bands;
        float columnWidth = Math.min((WIDTH - COLUMN_GAP * (perBand - 1)) / perBand, MAX_COLUMN_WIDTH);
        for (int from = 0; from < phases.size(); from += perBand) {
            band(phases.subList(from, Math.min(phases.size(), from + perBand)), columnWidth, from == 0);
        }
    }

    /**
     * Some phases side by side, over as many pages as their moments need. A band after the first goes below the
     * previous one when its phase names and first cards fit there, and on a new page otherwise.
     */
    private void band(List<PdfPhase> phases, float columnWidth, boolean first) throws IOException {
        List<List<Card>> columns = new ArrayList<>();
        float firstCard = 0;
        for (PdfPhase phase : phases) {
            List<Card> cards = phase.moments().stream().map(m -> card(m, columnWidth)).toList();
            columns.add(cards);
            firstCard = Math.max(firstCard, cards.isEmpty() ? 0 : cards.getFirst().height());
        }
        int[] next = new int[phases.size()];
        if (!first) {
            if (!pages.fits(BAND_GAP + headerHeight(phaseNames(phases, next, columnWidth)) + CARD_GAP + firstCard)) {
                nextPage();
            } else {
                pages.down(BAND_GAP);
            }
        }
        while (true) {
            List<List<String>> names = phaseNames(phases, next, columnWidth);
            float headerHeight = headerHeight(names);
            float columnTop = pages.y() - headerHeight - CARD_GAP;
            float lowest = columnTop;
            boolean more = false;
            for (int c = 0; c < phases.size(); c++) {
                float x = LEFT + c * (columnWidth + COLUMN_GAP);
                canvas.roundRect(x, pages.y() - headerHeight, columnWidth, headerHeight, 4, ACCENT_TINT, null, 0);
                float lineTop = pages.y() - PHASE_PAD;
                for (String line : names.get(c)) {
                    canvas.text(bold, PHASE_SIZE, ACCENT_DARK, x + PHASE_PAD, baseline(lineTop, PHASE_SIZE,
                            PHASE_LEADING), line);
                    lineTop -= PHASE_LEADING;
                }
                float top = columnTop;
                List<Card> cards = columns.get(c);
                while (next[c] < cards.size()) {
                    Card card = cards.get(next[c]);
                    if (top - card.height() < BOTTOM && top < columnTop) {
                        break; // on the next page; a card taller than a page (it cannot be) would still be drawn
                    }
                    drawCard(card, x, top, columnWidth);
                    top -= card.height() + CARD_GAP;
                    next[c]++;
                }
                lowest = Math.min(lowest, top);
                more |= next[c] < cards.size();
            }
            pages.moveTo(lowest);
            if (!more) {
                return;
            }
            nextPage();
        }
    }

    /** The wrapped phase names; a phase continued from an earlier page is marked with a leading ellipsis. */
    private List<List<String>> phaseNames(List<PdfPhase> phases, int[] next, float columnWidth) {
        List<List<String>> names = new ArrayList<>();
        for (int c = 0; c < phases.size(); c++) {
            String name = phases.get(c).name();
            names.add(bold.wrap(next[c] > 0 ? PdfFont.ELLIPSIS + " " + nullToEmpty(name) : name, PHASE_SIZE,
                    columnWidth - 2 * PHASE_PAD, PHASE_MAX_LINES));
        }
        return names;
    }

    private static float headerHeight(List<List<String>> names) {
        int lines = names.stream().mapToInt(List::size).max().orElse(1);
        return lines * PHASE_LEADING + 2 * PHASE_PAD;
    }

    private record Badge(String text, float width, boolean accent) {
    }

    private record Card(PdfMoment moment, List<String> title, List<String> channel, List<List<Badge>> badges,
                        float height) {
    }

    private Card card(PdfMoment moment, float width) {
        float inner = width - 2 * CARD_PAD;
        List<String> title = bold.wrap(moment.title(), TITLE_SIZE, inner, TITLE_MAX_LINES);
        List<String> channel = regular.clean(moment.channel()).isBlank() ? List.of()
                : regular.wrap(moment.channel(), CHANNEL_SIZE, inner, CHANNEL_MAX_LINES);
        List<List<Badge>> badges = badgeRows(moment.badges(), inner);
        float height = 2 * CARD_PAD + title.size() * TITLE_LEADING;
        if (!channel.isEmpty()) {
            height += 2 + channel.size() * CHANNEL_LEADING;
        }
        if (!badges.isEmpty()) {
            height += 4 + badges.size() * BADGE_HEIGHT + (badges.size() - 1) * BADGE_GAP;
        }
        return new Card(moment, title, channel, badges, height);
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

    private void drawCard(Card card, float x, float top, float width) throws IOException {
        boolean ninePlus = card.moment().ninePlus();
        canvas.roundRect(x, top - card.height(), width, card.height(), 4,
                ninePlus ? NINE_PLUS_BACKGROUND : WHITE, ninePlus ? ACCENT : LINE, ninePlus ? 1.6f : 0.6f);
        float left = x + CARD_PAD;
        float lineTop = top - CARD_PAD;
        for (String line : card.title()) {
            canvas.text(bold, TITLE_SIZE, INK, left, baseline(lineTop, TITLE_SIZE, TITLE_LEADING), line);
            lineTop -= TITLE_LEADING;
        }
        if (!card.channel().isEmpty()) {
            lineTop -= 2;
            for (String line : card.channel()) {
                canvas.text(regular, CHANNEL_SIZE, MUTED, left, baseline(lineTop, CHANNEL_SIZE, CHANNEL_LEADING), line);
                lineTop -= CHANNEL_LEADING;
            }
        }
        if (!card.badges().isEmpty()) {
            lineTop -= 4;
            for (List<Badge> row : card.badges()) {
                float bx = left;
                for (Badge badge : row) {
                    canvas.roundRect(bx, lineTop - BADGE_HEIGHT, badge.width(), BADGE_HEIGHT, BADGE_HEIGHT / 2,
                            badge.accent() ? ACCENT : BADGE_BACKGROUND, null, 0);
                    canvas.text(regular, BADGE_SIZE, badge.accent() ? WHITE : TEXT, bx + BADGE_PAD,
                            lineTop - BADGE_HEIGHT + (BADGE_HEIGHT - BADGE_SIZE * 0.73f) / 2, badge.text());
                    bx += badge.width() + BADGE_GAP;
                }
                lineTop -= BADGE_HEIGHT + BADGE_GAP;
            }
        }
    }

    // ---------------------------------------------------------------- emotion curves

    private void curves() throws IOException {
        List<Integer> current = new ArrayList<>();
        List<Integer> desired = new ArrayList<>();
        for (PdfPhase phase : journey.phases()) {
            for (PdfMoment moment : phase.moments()) {
                current.add(clamp(moment.currentEmotion()));
                desired.add(clamp(moment.desiredEmotion()));
            }
        }
        int n = current.size();
        if (n == 0) {
            return;
        }
        float needed = 22 + 6 + PLOT_HEIGHT + 28;
        if (!pages.fits(SECTION_GAP + needed)) {
            nextPage();
        } else {
            pages.down(SECTION_GAP);
        }
        // Heading, and the legend on the same line at the right.
        float base = baseline(pages.y(), HEADING_SIZE, 16);
        String currentLabel = regular.line(journey.currentLabel(), 8, 180);
        String desiredLabel = regular.line(journey.desiredLabel(), 8, 180);
        float x = RIGHT - regular.width(desiredLabel, 8);
        canvas.text(regular, 8, TEXT, x, base, desiredLabel);
        x -= 22;
        canvas.line(x, base + 2.5f, x + 18, base + 2.5f, ACCENT, 2.2f, null);
        x -= 14 + regular.width(currentLabel, 8);
        canvas.text(regular, 8, TEXT, x, base, currentLabel);
        x -= 22;
        canvas.line(x, base + 2.5f, x + 18, base + 2.5f, CURRENT, 1.2f, DASHED);
        canvas.text(bold, HEADING_SIZE, INK, LEFT, base,
                bold.line(journey.curvesHeading(), HEADING_SIZE, x - LEFT - 16));
        pages.down(22);

        float plotLeft = LEFT + 22;
        float plotTop = pages.y() - 6;
        float plotBottom = plotTop - PLOT_HEIGHT;
        float step = (RIGHT - plotLeft) / n;

        // Phases: alternate shading, separators and names under the axis.
        int start = 0;
        int shaded = 0;
        for (PdfPhase phase : journey.phases()) {
            int count = phase.moments().size();
            if (count == 0) {
                continue;
            }
            float x0 = plotLeft + start * step;
            float segment = count * step;
            if (shaded++ % 2 == 1) {
                canvas.fillRect(x0, plotBottom, segment, PLOT_HEIGHT, SHADE);
            }
            if (start > 0) {
                canvas.line(x0, plotBottom, x0, plotTop, LINE, 0.5f, null);
            }
            if (segment >= 14) {
                float lineTop = plotBottom - 4;
                for (String line : regular.wrap(phase.name(), AXIS_LABEL_SIZE, segment - 4, 2)) {
                    canvas.textCentered(regular, AXIS_LABEL_SIZE, MUTED, x0 + segment / 2,
                            baseline(lineTop, AXIS_LABEL_SIZE, 8.5f), line);
                    lineTop -= 8.5f;
                }
            }
            start += count;
        }
        // The y axis: -3..+3, a stronger zero line.
        for (int v = -3; v <= 3; v++) {
            float yv = plotY(v, plotBottom);
            canvas.line(plotLeft, yv, RIGHT, yv, v == 0 ? MUTED : FAINT, v == 0 ? 0.8f : 0.4f, null);
            String label = v > 0 ? "+" + v : v < 0 ? "\u2212" + -v : "0";
            canvas.textRight(regular, AXIS_LABEL_SIZE, MUTED, plotLeft - 4, yv - 2.5f, label);
        }
        canvas.line(plotLeft, plotBottom, plotLeft, plotTop, LINE, 0.6f, null);

        float radius = Math.max(1f, Math.min(2.4f, step * 0.28f));
        curve(current, plotLeft, step, plotBottom, CURRENT, 1.2f, DASHED, radius);
        curve(desired, plotLeft, step, plotBottom, ACCENT, 2.2f, null, radius + 0.3f);
        pages.moveTo(plotBottom - 22);
    }

    /** One curve: a line through consecutive values, broken at nulls, and a dot on every value. */
    private void curve(List<Integer> values, float plotLeft, float step, float plotBottom, Rgb color, float width,
                       float[] dash, float radius) throws IOException {
        int n = values.size();
        float[] xs = new float[n];
        float[] ys = new float[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            Integer value = values.get(i);
            if (value == null) {
                canvas.polyline(xs, ys, count, color, width, dash);
                count = 0;
                continue;
            }
            xs[count] = plotLeft + (i + 0.5f) * step;
            ys[count] = plotY(value, plotBottom);
            count++;
        }
        canvas.polyline(xs, ys, count, color, width, dash);
        for (int i = 0; i < n; i++) {
            Integer value = values.get(i);
            if (value != null) {
                canvas.circle(plotLeft + (i + 0.5f) * step, plotY(value, plotBottom), radius, color);
            }
        }
    }

    private static float plotY(int value, float plotBottom) {
        return plotBottom + (value + 3) / 6f * PLOT_HEIGHT;
    }

    private static Integer clamp(Integer value) {
        return value == null ? null : Math.max(-3, Math.min(3, value));
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
                bold.line(journey.checkHeading(), HEADING_SIZE, WIDTH));
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
