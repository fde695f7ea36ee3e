package app.momentum.measurement.importing;

import java.util.Arrays;

/**
 * The duplicate-id check of the streaming CSV import, done once after the pass instead of per row: each row's id
 * hash and line are appended, and {@link #firstDuplicate} then finds the duplicate that comes first in the file.
 *
 * <p>Why: checking per row ({@link RespondentIdIndex}) means one look-up at a random place in a table of 32 MB
 * for a million ids — a cache and TLB miss per row, the largest single cost of the import. Here the rows are
 * appended to one of {@value #PARTITIONS} partitions by the hash's top bits (32 write positions, which stay in the
 * fastest cache beside the rest of the import's work: with 256 partitions the appends cost twice as much, measured),
 * and the check walks one partition at a time with a table that fits the second-level cache (512 KB at a million
 * ids).
 * The same hashes as {@link RespondentIdIndex} ({@link RespondentIdIndex#hash}), so the same (tiny) chance of a
 * false alarm; 12 bytes per id.
 *
 * <p>The caller must make sure no result is used before {@link #firstDuplicate} has said there is none, and that
 * a duplicate earlier in the file wins over any other problem found later (see {@code SurveyPipeline}).
 */
final class RespondentIdLog {

    private static final int PARTITION_BITS = 4;
    static final int PARTITIONS = 1 << PARTITION_BITS;

    /** A duplicate id: the line it occurs again on, and the line it was first seen on. */
    record Duplicate(int line, int firstLine) {
    }

    private final long[][] hashes = new long[PARTITIONS][];
    private final int[][] lines = new int[PARTITIONS][];
    private final int[] counts = new int[PARTITIONS];

    RespondentIdLog() {
        for (int p = 0; p < PARTITIONS; p++) {
            hashes[p] = new long[16];
            lines[p] = new int[16];
        }
    }

    /** Records the id hash of the row at this line (lines must come in file order). */
    void add(long hash, int line) {
        int p = (int) (hash >>> (64 - PARTITION_BITS));
        int n = counts[p];
        if (n == hashes[p].length) {
            resize(p, 2 * n);
        }
        hashes[p][n] = hash;
        lines[p][n] = line;
        counts[p] = n + 1;
    }

    /** Makes room for about this many ids at once (hashes spread evenly over the partitions). */
    void expect(int ids) {
        int perPartition = ids / PARTITIONS + ids / PARTITIONS / 8 + 16;
        for (int p = 0; p < PARTITIONS; p++) {
            if (hashes[p].length < perPartition) {
                resize(p, perPartition);
            }
        }
    }

    /**
     * The duplicate whose repeated occurrence comes first in the file, with the line of the id's first occurrence;
     * null when every id is distinct.
     */
    Duplicate firstDuplicate() {
        Duplicate first = null;
        int[] slots = new int[0];
        for (int p = 0; p < PARTITIONS; p++) {
            int n = counts[p];
            int size = Integer.highestOneBit(Math.max(4, 2 * n - 1)) << 1; // a power of two, at most half full
            if (slots.length < size) {
                slots = new int[size];
            } else {
                Arrays.fill(slots, 0, size, 0);
            }
            Duplicate found = firstDuplicate(hashes[p], lines[p], n, slots, size - 1);
            if (found != null && (first == null || found.line() < first.line())) {
                first = found;
            }
        }
        return first;
    }

    /**
     * One partition in file order: slots hold 1 + the index of an id's first occurrence (0 = empty), so the first
     * repeat met is the partition's earliest and points at the first occurrence.
     */
    private static Duplicate firstDuplicate(long[] hashes, int[] lines, int n, int[] slots, int mask) {
        for (int i = 0; i < n; i++) {
            long hash = hashes[i];
            int slot = (int) hash & mask; // low bits: the top ones chose the partition
            while (slots[slot] != 0) {
                int seen = slots[slot] - 1;
                if (hashes[seen] == hash) {
                    return new Duplicate(lines[i], lines[seen]);
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
        return null;
    }

    private void resize(int p, int capacity) {
        hashes[p] = Arrays.copyOf(hashes[p], capacity);
        lines[p] = Arrays.copyOf(lines[p], capacity);
    }
}
