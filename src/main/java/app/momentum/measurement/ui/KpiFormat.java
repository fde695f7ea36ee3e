package app.momentum.measurement.ui;

import app.momentum.measurement.internal.Kpi;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How the KPI page writes a KPI's name, its scale and its numbers; shared by the view, the detail and the dialogs. */
final class KpiFormat {

    private KpiFormat() {
    }

    /** The KPI's name in the user's language: standard KPIs are translated by code, one's own as typed. */
    static String name(Component context, Kpi kpi) {
        return kpi.isStandard() ? context.getTranslation(kpi.getStandardCode().messageKey()) : kpi.getName();
    }

    /** "0 – 100 %", "-100 – 100 score", "EUR" (an open scale shows only its unit). */
    static String scale(Kpi kpi) {
        String unit = kpi.getUnit() == null ? "" : kpi.getUnit();
        if (kpi.getScaleMin() == null && kpi.getScaleMax() == null) {
            return unit;
        }
        String range = (kpi.getScaleMin() == null ? "…" : kpi.getScaleMin().toPlainString()) + " – "
                + (kpi.getScaleMax() == null ? "…" : kpi.getScaleMax().toPlainString());
        return unit.isEmpty() ? range : range + " " + unit;
    }

    /** A number in the user's language (7,5 in Dutch), as precise as it was entered. */
    static String number(Locale locale, BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
