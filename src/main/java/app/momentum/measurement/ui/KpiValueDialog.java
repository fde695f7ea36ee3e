package app.momentum.measurement.ui;

import app.momentum.base.ui.Formats;
import app.momentum.base.ui.EditorDialog;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.MeasurementSource;
import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;

/**
 * Records a measured value of a KPI (with its sample size), or sets its target, for one month or quarter. The
 * picker starts at the current quarter; a refused period or value is explained on its field.
 */
class KpiValueDialog extends EditorDialog {

    /** What the dialog stores: a measured value or a target. */
    enum Kind { VALUE, TARGET }

    private final PeriodPicker period;
    private final BigDecimalField value;
    private final IntegerField sampleSize = new IntegerField();

    KpiValueDialog(KpiScreen screen, Kpi kpi, String kpiName, Kind kind, Runnable onSaved) {
        super("");
        boolean target = kind == Kind.TARGET;
        setHeaderTitle(getTranslation(target ? "kpis.setTarget" : "kpis.record") + " · " + kpiName);
        period = new PeriodPicker(getTranslation("kpis.period"), PeriodType.QUARTER, LocalDate.now(Formats.DEFAULT_ZONE));
        period.setId("kpis-period");
        value = new BigDecimalField(getTranslation(target ? "kpis.target" : "kpis.value"));
        value.setId("kpis-value");
        if (kpi.getScaleMin() != null || kpi.getScaleMax() != null) {
            value.setHelperText(getTranslation("kpis.valueHelp", KpiFormat.scale(kpi)));
        }
        sampleSize.setLabel(getTranslation("kpis.sampleSize"));
        sampleSize.setId("kpis-sample-size");
        sampleSize.setMin(0);

        withFields(period, value);
        fullWidth(period);
        if (!target) { // a target has no sample
            withFields(sampleSize);
        }
        errorsOn(period, "kpi.error.periodRequired", "kpi.error.monthStart", "kpi.error.quarterStart")
                .errorsOn(value, "kpi.error.valueRequired", "kpi.error.outOfScale")
                .errorsOn(sampleSize, "kpi.error.sampleSize");
        onSave(() -> {
            // an empty picker goes to the service as it is: the service names the missing period
            Period chosen = period.getValue();
            PeriodType type = chosen == null ? null : chosen.type();
            LocalDate start = chosen == null ? null : chosen.start();
            if (target) {
                screen.setTarget(kpi.getId(), type, start, value.getValue());
            } else {
                screen.record(kpi.getId(), type, start, value.getValue(), sampleSize.getValue(), MeasurementSource.MANUAL);
            }
        }, onSaved);
    }
}
