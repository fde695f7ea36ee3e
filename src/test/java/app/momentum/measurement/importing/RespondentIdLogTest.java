package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RespondentIdLogTest {

    @Test
    void distinctIdsHaveNoDuplicate() {
        RespondentIdLog log = new RespondentIdLog();
        for (int i = 0; i < 100_000; i++) { // partitions start small and grow
            log.add(RespondentIdIndex.hash("R" + i), i + 2);
        }
        assertThat(log.firstDuplicate()).isNull();
        assertThat(new RespondentIdLog().firstDuplicate()).isNull();
    }

    @Test
    void theRepeatEarliestInTheFileWinsWithItsFirstLine() {
        RespondentIdLog log = new RespondentIdLog();
        log.expect(50_000);
        for (int i = 0; i < 60_000; i++) { // beyond the estimate
            log.add(RespondentIdIndex.hash("R" + i), i + 2);
        }
        log.add(RespondentIdIndex.hash("R500"), 70_000);
        log.add(RespondentIdIndex.hash("R7"), 70_001); // an id seen earlier, repeated later: line 70,000 wins
        log.add(RespondentIdIndex.hash("R500"), 70_002);

        assertThat(log.firstDuplicate()).isEqualTo(new RespondentIdLog.Duplicate(70_000, 502));
    }

    @Test
    void findsWhatThePerRowIndexFinds() {
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            RespondentIdLog log = new RespondentIdLog();
            RespondentIdIndex index = new RespondentIdIndex();
            RespondentIdLog.Duplicate expected = null;
            for (int line = 2; line < 5_000; line++) {
                long hash = RespondentIdIndex.hash("id" + random.nextInt(200_000));
                log.add(hash, line);
                int first = index.putIfAbsent(hash, line);
                if (first >= 0 && expected == null) {
                    expected = new RespondentIdLog.Duplicate(line, first);
                }
            }
            assertThat(log.firstDuplicate()).isEqualTo(expected);
        }
    }
}
