package app.momentum.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The scaffolding every PDF export shares, so each of them only draws its own content: the document with its
 * information (title, subject, creator), the two embedded fonts, the canvas, a cursor that runs down the free space of
 * the current page, page breaks, a footer on every page once the number of pages is known, and the bytes.
 *
 * <p>An export {@link #render renders} with a {@link Layout} and a factory of its {@link Content}, which draws through
 * {@link #canvas}, {@link #regular} and {@link #bold} and lays out with {@link #y}, {@link #down}, {@link #fits} and
 * {@link #ensure}. One instance per document; not thread-safe.
 */
public final class PdfPages {

    /**
     * A page format: the size of the pages and their margins, in PDF points. The free space of a page runs from
     * {@link #top} down to {@link #bottom} (the footer goes below it) and from {@link #left} to {@link #right}.
     */
    public record Layout(PDRectangle pageSize, float sideMargin, float topMargin, float bottomMargin) {

        public float left() {
            return sideMargin;
        }

        public float right() {
            return pageSize.getWidth() - sideMargin;
        }

        public float width() {
            return right() - left();
        }

        public float top() {
            return pageSize.getHeight() - topMargin;
        }

        public float bottom() {
            return bottomMargin;
        }
    }

    /** What an export draws: its pages from the top, then the footer of each page. */
    public interface Content {

        /** Draws everything, starting with {@link #newPage} for the first page. */
        void draw() throws IOException;

        /** Draws the footer of page {@code number} (from 1) of {@code pages}, over the page when it is complete. */
        void footer(int number, int pages) throws IOException;
    }

    private final PDDocument document;
    private final Layout layout;
    private final PdfCanvas canvas;
    private final PdfFont regular;
    private final PdfFont bold;
    /** The top of the free space on the current page. */
    private float y;

    private PdfPages(PDDocument document, Layout layout) throws IOException {
        this.document = document;
        this.layout = layout;
        this.canvas = new PdfCanvas(document, layout.pageSize());
        this.regular = PdfFont.load(document, PdfFont.REGULAR);
        this.bold = PdfFont.load(document, PdfFont.BOLD);
        this.y = layout.top();
    }

    /**
     * A PDF document with the given title and subject (null for none), laid out on pages of {@code layout} by the
     * content {@code drawer} makes for these pages.
     */
    public static byte[] render(Layout layout, String title, String subject, Function<PdfPages, Content> drawer) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(nullToEmpty(title));
            info.setSubject(nullToEmpty(subject));
            info.setCreator("Momentum");
            PdfPages pages = new PdfPages(document, layout);
            Content content = drawer.apply(pages);
            try (PdfCanvas canvas = pages.canvas) {
                content.draw();
            }
            pages.footers(content);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render '" + title + "' as PDF", e);
        }
    }

    private void footers(Content content) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PdfCanvas canvas = this.canvas) {
                canvas.reopen(document.getPage(i));
                content.footer(i + 1, total);
            }
        }
    }

    public Layout layout() {
        return layout;
    }

    public PdfCanvas canvas() {
        return canvas;
    }

    public PdfFont regular() {
        return regular;
    }

    public PdfFont bold() {
        return bold;
    }

    /** The top of the free space on the current page. */
    public float y() {
        return y;
    }

    /** Moves the top of the free space down by {@code height} (up for a negative one). */
    public void down(float height) {
        y -= height;
    }

    /** Sets the top of the free space, e.g. to below what was drawn in columns side by side. */
    public void moveTo(float top) {
        y = top;
    }

    /** Whether {@code height} fits above the bottom margin of the current page. */
    public boolean fits(float height) {
        return y - height >= layout.bottom();
    }

    /** Ends the current page, if any, and starts a new one with the free space from its top. */
    public void newPage() throws IOException {
        canvas.newPage();
        y = layout.top();
    }

    /** Starts a new page unless {@code height} fits on this one; whether it did. */
    public boolean ensure(float height) throws IOException {
        if (fits(height)) {
            return false;
        }
        newPage();
        return true;
    }

    public static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
