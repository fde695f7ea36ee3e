package app.momentum.ownership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RaciTest {

    @ParameterizedTest
    @CsvSource({"R, true", "A, true", "C, false", "I, false"})
    void onlyDoingTheWorkOrAnsweringForItDelivers(Raci raci, boolean delivers) {
        assertThat(raci.delivers()).isEqualTo(delivers);
    }

    @Test
    void labelKeysAndOrder() {
        assertThat(Raci.values()).containsExactly(Raci.R, Raci.A, Raci.C, Raci.I);
        assertThat(Raci.A.labelKey()).isEqualTo("raci.A");
    }
}
