package app.momentum.measurement.ui;

import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.internal.KpiMeasurement;
import app.momentum.measurement.internal.KpiPeriodValue;
import app.momentum.measurement.KpiService.KpiSeries;
import app.momentum.measurement.internal.KpiTarget;
import app.momentum.measurement.KpiTrend;
import app.momentum.measurement.Period;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The selected KPI: its name with the record and target buttons (for editors), the trend and change badges, the
 * chart, and the table of measured values with the period's target and whether it was met.
 */
class KpiDetail extends VerticalLayout {

    private final transient KpiScreen screen;
    private final boolean editable;

    KpiDetail(KpiScreen screen, boolean editable) {
        this.screen = screen;
        this.editable = editable;
        setId("kpis-detail");
        setPadding(false);
        setHeightFull();
        getStyle().set("overflow", "auto"); // a long series scrolls here, the chart keeps its height
        show(null);
    }

    /** Shows a KPI, or the hint to select one. */
    void show(Kpi kpi) {
        removeAll();
        if (kpi == null) {
            Paragraph hint = new Paragraph(getTranslation("kpis.selectHint"));
            hint.setId("kpis-select-hint");
            add(hint);
            return;
        }
        KpiSeries series = screen.series(kpi.getId());
        String name = KpiFormat.name(this, kpi);
        add(header(kpi, name));

        Optional<KpiTrend> trend = KpiTrend.of(series.measurements(), kpi.isHigherIsBetter());
        trend.ifPresent(t -> {
            HorizontalLayout badges = new HorizontalLayout(trendBadge(t), changeBadge(t));
            badges.setWrap(true);
            add(badges);
        });
        if (series.measurements().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("kpis.noValues"));
            empty.setId("kpis-no-values");
            add(empty);
        }
        if (!series.measurements().isEmpty() || !series.targets().isEmpty()) { // an empty chart only confuses
            add(new KpiTrendChart(series, trend.orElse(null), name));
        }
        add(values(kpi, series));
    }

    private HorizontalLayout header(Kpi kpi, String name) {
        H2 title = new H2(name);
        title.setId("kpis-detail-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.setWrap(true); // a long KPI name pushes the buttons to their own line instead of squeezing
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        if (editable) {
            Button record = new Button(getTranslation("kpis.record"), VaadinIcon.PLUS.create(),
                    e -> new KpiValueDialog(screen, kpi, name, KpiValueDialog.Kind.VALUE, () -> show(kpi)).open());
            record.setId("kpis-record");
            Button target = new Button(getTranslation("kpis.setTarget"), VaadinIcon.FLAG.create(),
                    e -> new KpiValueDialog(screen, kpi, name, KpiValueDialog.Kind.TARGET, () -> show(kpi)).open());
            target.setId("kpis-set-target");
            header.add(new HorizontalLayout(record, target));
        }
        return header;
    }

    /** Each measured value with its period's target and whether it met it. */
    private Grid<KpiMeasurement> values(Kpi kpi, KpiSeries series) {
        Map<Period, BigDecimal> targets = KpiPeriodValue.byPeriod(series.targets().stream().map(KpiTarget::periodValue).toList());
        Grid<KpiMeasurement> values = new Grid<>();
        values.setId("kpis-values");
        values.addColumn(m -> label(m.period())).setHeader(getTranslation("kpis.period")).setAutoWidth(true);
        values.addColumn(m -> number(m.getValue())).setHeader(getTranslation("kpis.value")).setAutoWidth(true);
        values.addColumn(m -> {
            BigDecimal target = targets.get(m.period());
            return target == null ? "" : number(target);
        }).setHeader(getTranslation("kpis.target")).setAutoWidth(true);
        values.addColumn(m -> KpiTrend.targetMet(m.getValue(), targets.get(m.period()), kpi.isHigherIsBetter())
                        .map(met -> getTranslation(met ? "kpis.target.met" : "kpis.target.missed")).orElse(""))
                .setHeader(getTranslation("kpis.target.result")).setAutoWidth(true)
                .setPartNameGenerator(m -> KpiTrend.targetMet(m.getValue(), targets.get(m.period()), kpi.isHigherIsBetter())
                        .map(met -> met ? "target-met" : "target-missed").orElse(null));
        values.addColumn(m -> m.getSampleSize() == null ? "" : String.valueOf(m.getSampleSize()))
                .setHeader(getTranslation("kpis.sampleSize")).setAutoWidth(true);
        values.addColumn(m -> getTranslation("kpis.source." + m.getSource().name())).setHeader(getTranslation("kpis.source"))
                .setAutoWidth(true);
        values.setItems(series.measurements());
        values.setAllRowsVisible(true);
        values.getStyle().set("flex-shrink", "0");
        return values;
    }

    /**
     * "Trend over the last 6 periods: rising, improving": the direction of the line fitted through the latest periods,
     * coloured by whether that is good for this KPI (up for NPS, down for churn): green, red, grey when flat.
     */
    private Badge trendBadge(KpiTrend trend) {
        Badge badge = new Badge(getTranslation("kpis.trend.window." + trend.trendVerdict().name(), trend.periods(),
                getTranslation("kpis.trend.direction." + trend.direction().name())));
        badge.setId("kpis-trend");
        badge.addThemeVariants(variant(trend.trendVerdict()));
        return badge;
    }

    /** "Since Oct 2026: −3, worse": the last step on its own, coloured by whether it is good for this KPI. */
    private Badge changeBadge(KpiTrend trend) {
        String change = (trend.change().signum() > 0 ? "+" : "") + number(trend.change());
        Badge badge = new Badge(getTranslation("kpis.change." + trend.changeVerdict().name(), change,
                label(trend.previous().period())));
        badge.setId("kpis-change");
        badge.addThemeVariants(variant(trend.changeVerdict()));
        return badge;
    }

    private static BadgeVariant variant(KpiTrend.Verdict verdict) {
        return switch (verdict) {
            case BETTER -> BadgeVariant.SUCCESS;
            case WORSE -> BadgeVariant.ERROR;
            case UNCHANGED -> BadgeVariant.CONTRAST;
        };
    }

    private String label(Period period) {
        return PeriodLabels.label(this, getLocale(), period);
    }

    private String number(BigDecimal value) {
        return KpiFormat.number(getLocale(), value);
    }
}
