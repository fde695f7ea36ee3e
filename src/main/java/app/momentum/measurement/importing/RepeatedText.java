package app.momentum.measurement.importing;

import java.util.Arrays;

/**
 * Strings for cell values that repeat down a file, such as segment values (a handful of regions over a million
 * rows): the same characters give the same {@code String} instance, so the streaming import does not make a new
 * string per row, and the accumulator's map look-ups find the string's hash already computed (and equal by identity).
 *
 * <p>Holds at most {@link #MAX_ENTRIES} values, so a column of distinct values (a free-text column mapped as
 * segment) cannot make it grow with the rows; beyond that new values are simply made as fresh strings.
 */
final class RepeatedText {

    static final int MAX_ENTRIES = 4096;

    /** Open addressing, at most half full (2 × {@link #MAX_ENTRIES} slots), so a probe always finds a null. */
    private final String[] strings = new String[2 * MAX_ENTRIES];
    /** The same values as chars, compared with the vectorised {@link Arrays#equals(char[], int, int, char[], int, int)}. */
    private final char[][] texts = new char[2 * MAX_ENTRIES][];
    private int size;

    /** The text of {@code chars[from .. to)}, as a string shared with earlier calls for the same characters. */
    String of(char[] chars, int from, int to) {
        int mask = strings.length - 1;
        for (int slot = hash(chars, from, to) & mask; ; slot = (slot + 1) & mask) {
            char[] known = texts[slot];
            if (known == null) {
                String text = new String(chars, from, to - from);
                if (size < MAX_ENTRIES) {
                    strings[slot] = text;
                    texts[slot] = text.toCharArray();
                    size++;
                }
                return text;
            }
            if (Arrays.equals(known, 0, known.length, chars, from, to)) {
                return strings[slot];
            }
        }
    }

    /**
     * From the length and the first, middle and last characters only: enough to tell a handful of segment values
     * apart without a loop over every character (values that share them are told apart by the comparison).
     */
    private static int hash(char[] chars, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return 0;
        }
        int h = length * 0x9E3779B1 + chars[from] * 31 + chars[from + length / 2] * 961 + chars[to - 1];
        return h ^ (h >>> 16);
    }
}
