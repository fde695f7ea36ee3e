package app.momentum.measurement;

import app.momentum.measurement.internal.KpiPeriodValue;
import app.momentum.measurement.internal.Kpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a KPI's value or target for a period follows before it is stored, and one number per period. */
class KpiPeriodValueTest {

    @Test
    void aValueForTheFirstDayOfAMonthOrQuarterOnTheScaleIsAccepted() {
        Kpi percent = kpi("0", "100");

        KpiPeriodValue march = KpiPeriodValue.checked(percent, PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("7.5"));
        KpiPeriodValue q2 = KpiPeriodValue.checked(percent, PeriodType.QUARTER, LocalDate.of(2026, 4, 1), BigDecimal.ZERO);

        assertThat(march.period()).isEqualTo(Period.month(2026, 3));
        assertThat(march.type()).isEqualTo(PeriodType.MONTH);
        assertThat(march.start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(march.value()).isEqualByComparingTo("7.5");
        assertThat(q2.period()).isEqualTo(Period.quarter(2026, 2));
        // both ends of the scale are on it
        assertThat(KpiPeriodValue.checked(percent, PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("100")).value())
                .isEqualByComparingTo("100");
    }

    @Test
    void aMissingPeriodIsRefusedFirst() {
        Kpi percent = kpi("0", "100");
        assertRefused(() -> KpiPeriodValue.checked(percent, null, LocalDate.of(2026, 3, 1), null), "kpi.error.periodRequired");
        assertRefused(() -> KpiPeriodValue.checked(percent, PeriodType.MONTH, null, null), "kpi.error.periodRequired");
    }

    @Test
    void aStartThatIsNoPeriodsFirstDayIsRefusedByPeriodType() {
        Kpi percent = kpi("0", "100");
        assertRefused(() -> KpiPeriodValue.checked(percent, PeriodType.MONTH, LocalDate.of(2026, 3, 2), BigDecimal.ONE),
                "kpi.error.monthStart");
        assertRefused(() -> KpiPeriodValue.checked(percent, PeriodType.QUARTER, LocalDate.of(2026, 3, 1), BigDecimal.ONE),
                "kpi.error.quarterStart");
    }

    @Test
    void aMissingValueIsRefusedAfterThePeriod() {
        assertRefused(() -> KpiPeriodValue.checked(kpi("0", "100"), PeriodType.MONTH, LocalDate.of(2026, 3, 1), null),
                "kpi.error.valueRequired");
    }

    @Test
    void aValueOffTheScaleIsRefusedWithTheScalesEnds() {
        LocalDate march = LocalDate.of(2026, 3, 1);
        assertThatThrownBy(() -> KpiPeriodValue.checked(kpi("-100", "100"), PeriodType.MONTH, march, new BigDecimal("100.5")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("kpi.error.outOfScale");
                    assertThat(e.arguments()).containsExactly("-100", "100");
                });
        assertThatThrownBy(() -> KpiPeriodValue.checked(kpi("0", null), PeriodType.MONTH, march, new BigDecimal("-0.1")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("kpi.error.outOfScale");
                    assertThat(e.arguments()).containsExactly("0", "…");
                });
        assertThatThrownBy(() -> KpiPeriodValue.checked(kpi(null, "5"), PeriodType.MONTH, march, new BigDecimal("6")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.arguments()).containsExactly("…", "5"));
        // an open scale takes any number
        assertThat(KpiPeriodValue.checked(kpi(null, null), PeriodType.MONTH, march, new BigDecimal("-1e9")).value())
                .isEqualByComparingTo("-1e9");
    }

    @Test
    void byPeriodKeepsTheLastNumberOfEachPeriodInTimeOrder() {
        KpiPeriodValue q1 = new KpiPeriodValue(PeriodType.QUARTER, LocalDate.of(2026, 1, 1), new BigDecimal("30"));
        KpiPeriodValue march = new KpiPeriodValue(PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("10"));
        KpiPeriodValue marchAgain = new KpiPeriodValue(PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("12"));
        KpiPeriodValue january = new KpiPeriodValue(PeriodType.MONTH, LocalDate.of(2026, 1, 1), new BigDecimal("5"));

        var byPeriod = KpiPeriodValue.byPeriod(List.of(march, q1, marchAgain, january));

        // a month and the quarter starting the same day are two periods; the month comes first
        assertThat(byPeriod.keySet()).containsExactly(Period.month(2026, 1), Period.quarter(2026, 1), Period.month(2026, 3));
        assertThat(byPeriod.get(Period.month(2026, 3))).isEqualByComparingTo("12");
        assertThat(byPeriod.get(Period.quarter(2026, 1))).isEqualByComparingTo("30");
        assertThat(KpiPeriodValue.byPeriod(List.of())).isEmpty();
    }

    @Test
    void aNewNumberKeepsThePeriodAndLeavesTheOldValueAsItWas() {
        KpiPeriodValue target = new KpiPeriodValue(PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("35"));

        KpiPeriodValue raised = target.withValue(new BigDecimal("40"));

        assertThat(raised.period()).isEqualTo(target.period());
        assertThat(raised.value()).isEqualByComparingTo("40");
        assertThat(target.value()).isEqualByComparingTo("35");
        assertThat(raised).isNotEqualTo(target)
                .isEqualTo(new KpiPeriodValue(PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("40")))
                .hasSameHashCodeAs(new KpiPeriodValue(PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("40")));
        assertThat(raised).isNotEqualTo(KpiPeriodValue.of(Period.month(2026, 4), new BigDecimal("40"))).isNotEqualTo("2026-03");
        // January and the first quarter start the same day and are still two periods
        assertThat(KpiPeriodValue.of(Period.month(2026, 1), BigDecimal.TEN))
                .isNotEqualTo(KpiPeriodValue.of(Period.quarter(2026, 1), BigDecimal.TEN));
        assertThat(raised.toString()).isEqualTo("MONTH 2026-03-01 = 40");
    }

    private static Kpi kpi(String min, String max) {
        Kpi kpi = Kpi.custom();
        kpi.setScaleMin(min == null ? null : new BigDecimal(min));
        kpi.setScaleMax(max == null ? null : new BigDecimal(max));
        return kpi;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
