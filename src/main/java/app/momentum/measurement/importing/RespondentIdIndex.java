package app.momentum.measurement.importing;

/**
 * The respondent ids seen so far, to refuse a duplicate with the line of its first occurrence. This is the one
 * structure of the survey import that grows with the number of respondents: a duplicate cannot be found without
 * remembering the ids already seen. To keep that small it holds no strings, only a 64-bit hash of each id and its
 * line, in an open-addressing table of one primitive array: 16 bytes a slot, at most 75 % full, so 21–43 bytes
 * per respondent (32 MB for 1,000,000; briefly 48 MB while the table doubles).
 *
 * <p>Two different ids share a hash with a probability of about n²/2⁶⁵, some 3·10⁻⁸ at a million ids. That
 * would report a false "duplicate respondent" and stop the import; it can never produce a wrong analysis. The
 * rare false alarm is accepted rather than keeping every id to re-check.
 */
final class RespondentIdIndex {

    private static final int FIRST_SLOTS = 1024;

    /**
     * Slot i holds the hash at [2i] (0 = empty) and the line at [2i + 1]: side by side, so a look-up touches one
     * cache line. With a million ids the table is far larger than the CPU caches and each look-up is a cache
     * miss; two separate arrays would cost two.
     */
    private long[] table = new long[2 * FIRST_SLOTS];
    private int size;

    /**
     * Remembers the id at this line unless it was seen before.
     *
     * @return the line the id was first seen on, or -1 when it is new
     */
    int putIfAbsent(String id, int line) {
        return putIfAbsent(hash(id), line);
    }

    /** As {@link #putIfAbsent(String, int)} for an id already hashed with {@link #hash}. */
    int putIfAbsent(long hash, int line) {
        int mask = table.length / 2 - 1;
        int slot = (int) hash & mask;
        while (table[2 * slot] != 0) {
            if (table[2 * slot] == hash) {
                return (int) table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = hash;
        table[2 * slot + 1] = line;
        if (++size * 4L > (table.length / 2) * 3L) { // more than 75 % full
            grow();
        }
        return -1;
    }

    /**
     * Makes room for this many ids at once, when their number can be estimated: one resize instead of doubling
     * again and again, each doubling moving every id to a random new place in a table larger than the CPU caches.
     */
    void expect(int ids) {
        long slots = table.length / 2;
        while (slots * 3 < ids * 4L) {
            slots *= 2;
        }
        if (slots > table.length / 2 && slots <= 1 << 29) {
            resize((int) slots);
        }
    }

    private void grow() {
        resize(table.length); // twice the slots: table holds two longs per slot
    }

    private void resize(int slots) {
        long[] old = table;
        table = new long[2 * slots];
        int mask = table.length / 2 - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = (int) old[i] & mask;
                while (table[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = old[i];
                table[2 * slot + 1] = old[i + 1];
            }
        }
    }

    /** FNV-1a over the characters, then MurmurHash3's finaliser to spread the bits; never 0 (the empty mark). */
    static long hash(String id) {
        return hash(id.toCharArray(), 0, id.length());
    }

    /**
     * {@link #hash(String)} of the id in {@code chars[from .. to)}: the same value for the same characters, so
     * the streaming import hashes the id straight from the tokenizer's buffer.
     */
    static long hash(char[] chars, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= chars[i];
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
