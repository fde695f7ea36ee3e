package app.momentum.measurement.importing;

/**
 * The respondent ids seen so far, to refuse a duplicate with the line of its first occurrence. This is the one
 * structure of the survey import that grows with the number of respondents: a duplicate cannot be found without
 * remembering the ids already seen. To keep that small it holds no strings, only a 64-bit hash of each id and its
 * line, in an open-addressing table of primitive arrays: 12 bytes a slot, at most 75 % full, so 16–32 bytes per
 * respondent (about 24 MB for 1,000,000).
 *
 * <p>Two different ids share a hash with a probability of about n²/2⁶⁵, some 3·10⁻⁸ at a million ids. That
 * would report a false "duplicate respondent" and stop the import; it can never produce a wrong analysis. The
 * rare false alarm is accepted rather than keeping every id to re-check.
 */
final class RespondentIdIndex {

    private static final int FIRST_CAPACITY = 1024;

    private long[] hashes = new long[FIRST_CAPACITY]; // 0 = empty slot
    private int[] lines = new int[FIRST_CAPACITY];
    private int size;

    /**
     * Remembers the id at this line unless it was seen before.
     *
     * @return the line the id was first seen on, or -1 when it is new
     */
    int putIfAbsent(String id, int line) {
        long hash = hash(id);
        int mask = hashes.length - 1;
        int slot = (int) hash & mask;
        while (hashes[slot] != 0) {
            if (hashes[slot] == hash) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        lines[slot] = line;
        if (++size * 4L > hashes.length * 3L) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int slot = (int) oldHashes[i] & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** FNV-1a over the characters, then MurmurHash3's finaliser to spread the bits; never 0 (the empty mark). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
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
