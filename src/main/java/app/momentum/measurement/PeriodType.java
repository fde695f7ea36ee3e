package app.momentum.measurement;

import java.time.LocalDate;

/** The period a target or a measured value belongs to; it starts on the first day of a month or a quarter. */
public enum PeriodType {
    MONTH, QUARTER;

    /** Whether {@code day} is the first day of a period of this type. */
    public boolean isStart(LocalDate day) {
        return day.getDayOfMonth() == 1 && (this == MONTH || (day.getMonthValue() - 1) % 3 == 0);
    }
}
