package app.momentum.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report's own small rules, without Spring (the levels are maturity.domain's): signed changes, the previous period. */
class BoardReportFiguresTest {

    @Test
    void changesHaveASignAndOneDecimalInTheReadersLanguage() {
        assertThat(BoardReports.signed(3, Locale.ENGLISH)).isEqualTo("+3.0");
        assertThat(BoardReports.signed(-0.84, Locale.ENGLISH)).isEqualTo("−0.8");
        assertThat(BoardReports.signed(0.04, Locale.ENGLISH)).isEqualTo("0.0");
        assertThat(BoardReports.signed(4.5, Locale.forLanguageTag("nl"))).isEqualTo("+4,5");
        assertThat(BoardReports.number(1234.56, Locale.forLanguageTag("nl"))).isEqualTo("1.234,6");
    }

    @Test
    void theScheduleReportsOnThePeriodThatJustEnded() {
        assertThat(BoardReports.previous(PeriodType.QUARTER, LocalDate.of(2027, 1, 1)))
                .isEqualTo(Period.quarter(2026, 4));
        assertThat(BoardReports.previous(PeriodType.MONTH, LocalDate.of(2026, 3, 1)))
                .isEqualTo(Period.month(2026, 2));
        assertThat(BoardReports.end(Period.quarter(2026, 4))).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
