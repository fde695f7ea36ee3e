package app.momentum.measurement.importing;

/**
 * Strings for cell values that repeat down a file, such as segment values (a handful of regions over a million
 * rows): the same characters give the same {@code String} instance, so the streaming import does not make a new
 * string per row, and the accumulator's map look-ups find the string's hash already computed.
 *
 * <p>Holds at most {@link #MAX_ENTRIES} values, so a column of distinct values (a free-text column mapped as
 * segment) cannot make it grow with the rows; beyond that new values are simply made as fresh strings.
 */
final class RepeatedText {

    static final int MAX_ENTRIES = 4096;

    /** Open addressing, at most half full (2 × {@link #MAX_ENTRIES} slots), so a probe always finds a null. */
    private final String[] table = new String[2 * MAX_ENTRIES];
    private int size;

    /** The text of {@code chars[from .. to)}, as a string shared with earlier calls for the same characters. */
    String of(char[] chars, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i]; // String.hashCode, so a stored string's cached hash filters candidates
        }
        int mask = table.length - 1;
        for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
            String known = table[slot];
            if (known == null) {
                String text = new String(chars, from, to - from);
                if (size < MAX_ENTRIES) {
                    table[slot] = text;
                    size++;
                }
                return text;
            }
            if (known.hashCode() == hash && sameText(known, chars, from, to)) {
                return known;
            }
        }
    }

    private static boolean sameText(String known, char[] chars, int from, int to) {
        if (known.length() != to - from) {
            return false;
        }
        for (int i = 0; i < known.length(); i++) {
            if (known.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }
}
