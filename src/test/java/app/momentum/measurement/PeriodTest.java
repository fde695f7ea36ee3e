package app.momentum.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesMonthsAndQuartersAsFilesWriteThem() {
        assertThat(Period.parse("2026-03")).contains(Period.month(2026, 3));
        assertThat(Period.parse(" 2026/3 ")).contains(Period.month(2026, 3));
        assertThat(Period.parse("2026-03-01")).contains(Period.month(2026, 3));
        assertThat(Period.parse("2026-Q1")).contains(Period.quarter(2026, 1));
        assertThat(Period.parse("2026q4")).contains(Period.quarter(2026, 4));
        assertThat(Period.parse("Q2 2026")).contains(Period.quarter(2026, 2));
        assertThat(Period.parse("K3 2026")).contains(Period.quarter(2026, 3));
        assertThat(Period.parse("k3-2026")).contains(Period.quarter(2026, 3));
        assertThat(Period.parse("2026-13")).isEmpty();
        assertThat(Period.parse("2026-00")).isEmpty();
        assertThat(Period.parse("2026-Q5")).isEmpty();
        assertThat(Period.parse("2026-03-15")).isEmpty();
        assertThat(Period.parse("March 2026")).isEmpty();
        assertThat(Period.parse("")).isEmpty();
        assertThat(Period.parse(null)).isEmpty();
    }

    @Test
    void knowsItsQuarterCodeAndOrder() {
        Period may = Period.containing(PeriodType.MONTH, LocalDate.of(2026, 5, 17));
        Period q2 = Period.containing(PeriodType.QUARTER, LocalDate.of(2026, 5, 17));
        assertThat(may.code()).isEqualTo("2026-05");
        assertThat(may.quarter()).isEqualTo(2);
        assertThat(q2.code()).isEqualTo("2026-Q2");
        assertThat(q2.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(q2).isLessThan(may);
        assertThat(Period.month(2026, 4)).isLessThan(q2); // same start: the month first
        assertThatThrownBy(() -> new Period(PeriodType.QUARTER, LocalDate.of(2026, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
