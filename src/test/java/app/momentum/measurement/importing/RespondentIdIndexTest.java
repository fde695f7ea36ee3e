package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RespondentIdIndexTest {

    @Test
    void remembersTheFirstLineOfEveryIdAcrossGrowth() {
        RespondentIdIndex index = new RespondentIdIndex();
        for (int i = 0; i < 100_000; i++) { // the table starts at 1,024 slots and doubles many times
            assertThat(index.putIfAbsent("R" + i, i + 2)).isEqualTo(-1);
        }
        assertThat(index.putIfAbsent("R0", 500_000)).isEqualTo(2);
        assertThat(index.putIfAbsent("R77777", 500_001)).isEqualTo(77_779);
        assertThat(index.putIfAbsent("r0", 500_002)).as("ids are case-sensitive").isEqualTo(-1);
    }

    @Test
    void sizingAheadKeepsWhatIsThere() {
        RespondentIdIndex index = new RespondentIdIndex();
        index.putIfAbsent("a", 2);
        index.expect(50_000);
        for (int i = 0; i < 60_000; i++) { // beyond the estimate: grows as before
            index.putIfAbsent("R" + i, i + 3);
        }
        assertThat(index.putIfAbsent("a", 99)).isEqualTo(2);
        assertThat(index.putIfAbsent("R59999", 99)).isEqualTo(60_002);
    }

    @Test
    void hashesAreNeverTheEmptyMark() {
        assertThat(RespondentIdIndex.hash("")).isNotZero();
        assertThat(RespondentIdIndex.hash("a")).isNotEqualTo(RespondentIdIndex.hash("b"));
    }

    @Test
    void hashingCharsGivesTheSameAsHashingTheString() {
        char[] buffer = "x;R_abcXYZ019é–;y".toCharArray();
        assertThat(RespondentIdIndex.hash(buffer, 2, 15)).isEqualTo(RespondentIdIndex.hash("R_abcXYZ019é–"));
        assertThat(RespondentIdIndex.hash(buffer, 2, 2)).isEqualTo(RespondentIdIndex.hash(""));
    }

    @Test
    void idsGivenAsHashesMeetIdsGivenAsStrings() {
        RespondentIdIndex index = new RespondentIdIndex();
        index.putIfAbsent("R_1", 2);
        char[] buffer = "R_1".toCharArray();
        assertThat(index.putIfAbsent(RespondentIdIndex.hash(buffer, 0, 3), 3)).isEqualTo(2);
    }
}
