package app.momentum.measurement.ui;

import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Picks a month or a quarter: period type, then month or quarter, then year. Replaces a date picker, which offered
 * every day while only the first day of a month or quarter was allowed. Three selects, so it works from the keyboard
 * (Tab between them, arrow keys and type-ahead inside) and needs no typing format. Starts at the current period.
 */
public class PeriodPicker extends CustomField<Period> {

    /** Years offered back from the current one (history worth entering) and ahead of it (targets). */
    static final int YEARS_BACK = 10;
    static final int YEARS_AHEAD = 3;

    private final Select<PeriodType> type = new Select<>();
    private final Select<Integer> month = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final Select<Integer> year = new Select<>();
    /** True while the selects are set from a value, so their change events do not write a half-set value back. */
    private boolean presenting;

    /** @param today the day whose month or quarter is the default */
    public PeriodPicker(String label, PeriodType defaultType, LocalDate today) {
        setLabel(label);
        type.setItems(PeriodType.values());
        type.setItemLabelGenerator(t -> getTranslation("kpis.periodType." + t.name()));
        type.setAriaLabel(getTranslation("kpis.periodType"));
        type.setId("period-type");
        type.setWidth("9rem");
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
        month.setAriaLabel(getTranslation("kpis.month"));
        month.setId("period-month");
        month.setWidth("9rem");
        quarter.setItems(List.of(1, 2, 3, 4));
        quarter.setItemLabelGenerator(q -> getTranslation("kpis.quarterOption", q));
        quarter.setAriaLabel(getTranslation("kpis.quarter"));
        quarter.setId("period-quarter");
        quarter.setWidth("9rem");
        // a modifiable list: a value from further back or ahead adds its year
        year.setItems(new ArrayList<>(IntStream.rangeClosed(today.getYear() - YEARS_BACK, today.getYear() + YEARS_AHEAD)
                .boxed().toList()));
        year.setItemLabelGenerator(String::valueOf);
        year.setAriaLabel(getTranslation("kpis.year"));
        year.setId("period-year");
        year.setWidth("7rem");

        setValue(Period.containing(defaultType, today));
        type.addValueChangeListener(e -> {
            if (!presenting) {
                switchType(e.getValue());
            }
        });
        month.addValueChangeListener(e -> changed());
        quarter.addValueChangeListener(e -> changed());
        year.addValueChangeListener(e -> changed());

        HorizontalLayout row = new HorizontalLayout(type, month, quarter, year);
        row.setSpacing(true);
        row.setPadding(false);
        row.getStyle().set("flex-wrap", "wrap");
        add(row);
    }

    private void changed() {
        if (!presenting) {
            updateValue();
        }
    }

    /** Keeps the time: March becomes Q1, Q3 becomes July (its first month). */
    private void switchType(PeriodType newType) {
        presenting = true;
        if (newType == PeriodType.QUARTER && month.getValue() != null) {
            quarter.setValue((month.getValue() - 1) / 3 + 1);
        } else if (newType == PeriodType.MONTH && quarter.getValue() != null) {
            month.setValue((quarter.getValue() - 1) * 3 + 1);
        }
        presenting = false;
        showFor(newType);
        updateValue();
    }

    private void showFor(PeriodType periodType) {
        month.setVisible(periodType == PeriodType.MONTH);
        quarter.setVisible(periodType == PeriodType.QUARTER);
    }

    @Override
    protected Period generateModelValue() {
        if (type.getValue() == null || year.getValue() == null) {
            return null;
        }
        return switch (type.getValue()) {
            case MONTH -> month.getValue() == null ? null : Period.month(year.getValue(), month.getValue());
            case QUARTER -> quarter.getValue() == null ? null : Period.quarter(year.getValue(), quarter.getValue());
        };
    }

    @Override
    protected void setPresentationValue(Period period) {
        if (period == null) {
            return;
        }
        presenting = true;
        if (!year.getListDataView().contains(period.year())) {
            year.getListDataView().addItem(period.year());
        }
        type.setValue(period.type());
        year.setValue(period.year());
        month.setValue(period.month());
        quarter.setValue(period.quarter());
        presenting = false;
        showFor(period.type());
    }

    Select<PeriodType> typeSelect() { return type; }
    Select<Integer> monthSelect() { return month; }
    Select<Integer> quarterSelect() { return quarter; }
    Select<Integer> yearSelect() { return year; }
}
