package app.momentum.base.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The drawing primitives the layout uses, on the current page of a document: text, (rounded) rectangles, lines,
 * circles, polygons. Coordinates are PDF points from the bottom left. Texts must be {@link PdfFont#clean cleaned} already.
 */
public final class PdfCanvas implements AutoCloseable {

    /** A4 in landscape: 297 × 210 mm. */
    public static final PDRectangle A4_LANDSCAPE =
            new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    /** A4 in portrait: 210 × 297 mm. */
    public static final PDRectangle A4_PORTRAIT =
            new PDRectangle(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());

    /** Bézier control point distance for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    /** A colour with components from 0 to 1. */
    public record Rgb(float r, float g, float b) {
        public static Rgb hex(int rgb) {
            return new Rgb(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
        }
    }

    private final PDDocument document;
    private final PDRectangle pageSize;
    private PDPageContentStream stream;

    /** A canvas whose new pages have the given size (e.g. {@link #A4_LANDSCAPE}). */
    public PdfCanvas(PDDocument document, PDRectangle pageSize) {
        this.document = document;
        this.pageSize = pageSize;
    }

    /** The size of the pages this canvas starts. */
    public PDRectangle pageSize() {
        return pageSize;
    }

    /** Ends the current page, if any, and starts a new one. */
    public void newPage() throws IOException {
        close();
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
    }

    /** Draws over an existing page (after everything else on it). */
    public void reopen(PDPage page) throws IOException {
        close();
        stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    public void text(PdfFont font, float size, Rgb color, float x, float baseline, String clean)
            throws IOException {
        if (clean.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.pdFont(), size);
        stream.setNonStrokingColor(color.r(), color.g(), color.b());
        stream.newLineAtOffset(x, baseline);
        stream.showText(clean);
        stream.endText();
    }

    public void textRight(PdfFont font, float size, Rgb color, float right, float baseline, String clean)
            throws IOException {
        text(font, size, color, right - font.width(clean, size), baseline, clean);
    }

    public void textCentered(PdfFont font, float size, Rgb color, float center, float baseline, String clean)
            throws IOException {
        text(font, size, color, center - font.width(clean, size) / 2, baseline, clean);
    }

    public void fillRect(float x, float y, float w, float h, Rgb fill) throws IOException {
        stream.setNonStrokingColor(fill.r(), fill.g(), fill.b());
        stream.addRect(x, y, w, h);
        stream.fill();
    }

    /** A rounded rectangle, filled and/or stroked (either colour may be null). */
    public void roundRect(float x, float y, float w, float h, float radius, Rgb fill, Rgb stroke, float lineWidth)
            throws IOException {
        if (fill == null && stroke == null) {
            return;
        }
        float r = Math.max(0, Math.min(radius, Math.min(w, h) / 2));
        float k = r * KAPPA;
        stream.moveTo(x + r, y);
        stream.lineTo(x + w - r, y);
        stream.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        stream.lineTo(x + w, y + h - r);
        stream.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        stream.lineTo(x + r, y + h);
        stream.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        stream.lineTo(x, y + r);
        stream.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        stream.closePath();
        paint(fill, stroke, lineWidth);
    }

    public void circle(float cx, float cy, float r, Rgb fill) throws IOException {
        float k = r * KAPPA;
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.closePath();
        paint(fill, null, 0);
    }

    private void paint(Rgb fill, Rgb stroke, float lineWidth) throws IOException {
        if (fill != null) {
            stream.setNonStrokingColor(fill.r(), fill.g(), fill.b());
        }
        if (stroke != null) {
            stream.setStrokingColor(stroke.r(), stroke.g(), stroke.b());
            stream.setLineWidth(lineWidth);
        }
        if (fill != null && stroke != null) {
            stream.fillAndStroke();
        } else if (fill != null) {
            stream.fill();
        } else if (stroke != null) {
            stream.stroke();
        } else {
            throw new IllegalArgumentException("Nothing to paint");
        }
    }

    /** A straight line; {@code dash} null or empty for a solid one. */
    public void line(float x1, float y1, float x2, float y2, Rgb color, float width, float[] dash)
            throws IOException {
        polyline(new float[] {x1, x2}, new float[] {y1, y2}, 2, color, width, dash);
    }

    /** Connects the first {@code count} points with straight lines, with round joins and caps. */
    public void polyline(float[] xs, float[] ys, int count, Rgb color, float width, float[] dash) throws IOException {
        if (count < 2) {
            return;
        }
        stream.saveGraphicsState();
        stream.setStrokingColor(color.r(), color.g(), color.b());
        stream.setLineWidth(width);
        stream.setLineJoinStyle(1);
        stream.setLineCapStyle(dash == null || dash.length == 0 ? 1 : 0);
        stream.setLineDashPattern(dash == null ? new float[0] : dash, 0);
        stream.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            stream.lineTo(xs[i], ys[i]);
        }
        stream.stroke();
        stream.restoreGraphicsState();
    }

    /** A closed polygon through the first {@code count} points, filled and/or stroked (either colour may be null). */
    public void polygon(float[] xs, float[] ys, int count, Rgb fill, Rgb stroke, float lineWidth) throws IOException {
        if (count < 3 || (fill == null && stroke == null)) {
            return;
        }
        stream.saveGraphicsState();
        stream.setLineJoinStyle(1);
        stream.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            stream.lineTo(xs[i], ys[i]);
        }
        stream.closePath();
        paint(fill, stroke, lineWidth);
        stream.restoreGraphicsState();
    }
}
