package app.momentum.base.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An embedded TrueType font of one document with what the layout needs on top of it: making any string drawable
 * ({@link #clean}), measuring, wrapping and shortening with an ellipsis. Characters the font lacks become {@code ?},
 * so drawing never fails on them. One instance per document and font; not thread-safe.
 */
public final class PdfFont {

    public static final String REGULAR = "/fonts/DejaVuSans.ttf";
    public static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    public static final String ELLIPSIS = "\u2026";
    private static final int REPLACEMENT = '?';
    /** Longer texts are cut before wrapping (and end in an ellipsis): no journey text is meant to be this long. */
    private static final int MAX_TEXT_LENGTH = 10_000;

    private final PDType0Font font;
    private final CmapLookup cmap;
    /** Advance widths by code point, in thousandths of the font size. */
    private final Map<Integer, Float> widths = new HashMap<>();

    private PdfFont(PDType0Font font) {
        this.font = font;
        this.cmap = font.getCmapLookup();
    }

    /** The font file on the classpath, embedded (as a subset) into the document. */
    public static PdfFont load(PDDocument document, String resource) throws IOException {
        return new PdfFont(PDType0Font.load(document, new ByteArrayInputStream(FontFiles.bytes(resource))));
    }

    public PDType0Font pdFont() {
        return font;
    }

    /**
     * The text as this font can draw it: NFC-normalised; line breaks as {@code \n}; tabs, other control characters and
     * breaking spaces as a plain space (no-break spaces stay, and keep words together when wrapping); invisible format
     * characters and variation selectors left out; every other character the font has no glyph for as {@code ?}
     * (a lone surrogate too). Texts longer than {@value #MAX_TEXT_LENGTH} characters are cut first. Null is the
     * empty string.
     */
    public String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) : text;
        s = Normalizer.normalize(s, Normalizer.Form.NFC).replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                out.append('\n');
            } else if (cp == ' ' || Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT || isVariationSelector(cp)) {
                // zero-width spaces and joiners, bidi marks, soft hyphens, byte order marks: nothing to draw
            } else if (Character.getType(cp) == Character.SURROGATE || cmap.getGlyphId(cp) == 0) {
                out.appendCodePoint(Character.getType(cp) == Character.SPACE_SEPARATOR ? ' ' : REPLACEMENT);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** The width of already {@link #clean cleaned} text at the given size, in points. */
    public float width(String clean, float size) {
        float total = 0;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            total += glyphWidth(cp);
            i += Character.charCount(cp);
        }
        return total * size / 1000f;
    }

    private float glyphWidth(int cp) {
        return widths.computeIfAbsent(cp, c -> {
            try {
                return font.getStringWidth(new String(Character.toChars(c)));
            } catch (IOException | IllegalArgumentException e) {
                return font.getAverageFontWidth();
            }
        });
    }

    /** The text on one line, shortened with an ellipsis when it is wider than {@code maxWidth}. */
    public String line(String text, float size, float maxWidth) {
        String clean = clean(text).replace('\n', ' ').strip();
        boolean cut = text != null && text.length() > MAX_TEXT_LENGTH;
        return cut || width(clean, size) > maxWidth ? ellipsize(clean, size, maxWidth) : clean;
    }

    /**
     * The text wrapped at spaces (and inside words wider than a line) to lines at most {@code maxWidth} wide, keeping
     * its line breaks; at most {@code maxLines} lines, the last ending in an ellipsis when text was left out. At least
     * one (possibly empty) line.
     */
    public List<String> wrap(String text, float size, float maxWidth, int maxLines) {
        String clean = clean(text);
        boolean cut = text != null && text.length() > MAX_TEXT_LENGTH;
        float space = width(" ", size);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        paragraphs:
        for (String paragraph : clean.split("\n", -1)) {
            line.setLength(0);
            float lineWidth = 0;
            for (String word : paragraph.split(" ")) {
                if (lines.size() > maxLines) {
                    break paragraphs;
                }
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word, size);
                if (!line.isEmpty() && lineWidth + space + wordWidth <= maxWidth) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (wordWidth <= maxWidth) {
                    line.append(word);
                    lineWidth = wordWidth;
                    continue;
                }
                // A word wider than the line: break it between characters.
                for (int i = 0; i < word.length(); ) {
                    int cp = word.codePointAt(i);
                    float w = glyphWidth(cp) * size / 1000f;
                    if (!line.isEmpty() && lineWidth + w > maxWidth) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                        if (lines.size() > maxLines) {
                            break paragraphs;
                        }
                    }
                    line.appendCodePoint(cp);
                    lineWidth += w;
                    i += Character.charCount(cp);
                }
            }
            lines.add(line.toString());
            line.setLength(0);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        while (lines.size() > 1 && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        if (lines.size() > maxLines || cut) {
            List<String> kept = new ArrayList<>(lines.subList(0, Math.min(maxLines, lines.size())));
            kept.set(kept.size() - 1, ellipsize(kept.getLast() + ELLIPSIS, size, maxWidth));
            return kept;
        }
        return lines;
    }

    /** The clean text shortened (from the end) so that it and a trailing ellipsis fit in {@code maxWidth}. */
    private String ellipsize(String clean, float size, float maxWidth) {
        String base = clean.endsWith(ELLIPSIS) ? clean.substring(0, clean.length() - 1) : clean;
        float limit = maxWidth - width(ELLIPSIS, size);
        float used = 0;
        int end = 0;
        while (end < base.length()) {
            int cp = base.codePointAt(end);
            float w = glyphWidth(cp) * size / 1000f;
            if (used + w > limit) {
                break;
            }
            used += w;
            end += Character.charCount(cp);
        }
        return base.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** The font files, read from the classpath once and kept. */
    private static final class FontFiles {

        private static final Map<String, byte[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static byte[] bytes(String resource) {
            return CACHE.computeIfAbsent(resource, r -> {
                try (InputStream in = PdfFont.class.getResourceAsStream(r)) {
                    if (in == null) {
                        throw new IllegalStateException("Font not on the classpath: " + r);
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not read font " + r, e);
                }
            });
        }
    }
}
