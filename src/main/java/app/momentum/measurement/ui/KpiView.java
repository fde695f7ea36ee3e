package app.momentum.measurement.ui;

import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.MainLayout;
import app.momentum.base.ui.chart.EChart;
import app.momentum.base.ui.chart.EChartOptions;
import app.momentum.measurement.Kpi;
import app.momentum.measurement.KpiMeasurement;
import app.momentum.measurement.KpiScope;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.KpiService.KpiData;
import app.momentum.measurement.KpiService.KpiSeries;
import app.momentum.measurement.KpiTarget;
import app.momentum.measurement.MeasurementSource;
import app.momentum.measurement.PeriodType;
import app.momentum.security.MemberSession;
import app.momentum.tenancy.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The tenant's KPI catalogue; a selected KPI shows its measured values against its targets. */
@Route(value = "kpis", layout = MainLayout.class)
@Menu(order = 35, icon = "vaadin:chart-line", title = "kpis.nav")
@RolesAllowed({"TENANT_ADMIN", "CX_MANAGER", "CONTRIBUTOR", "EXECUTIVE"})
public class KpiView extends VerticalLayout implements HasDynamicTitle {

    private final transient KpiService kpis;
    private final boolean editable;
    private final Grid<Kpi> catalogue = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public KpiView(KpiService kpis, MemberSession memberSession) {
        this.kpis = kpis;
        this.editable = Set.of(Role.TENANT_ADMIN, Role.CX_MANAGER).contains(memberSession.require().role());
        addClassName("kpis-view");
        setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("kpis.title")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        if (editable) {
            Button create = new Button(getTranslation("kpis.new"), VaadinIcon.PLUS.create(), e -> openNewKpi());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("kpis-new");
            header.add(create);
        }

        catalogue.setId("kpis-grid");
        // the name needs the room; the short columns take what their content needs
        catalogue.addColumn(this::name).setHeader(getTranslation("kpis.name")).setFlexGrow(1).setAutoWidth(true)
                .setTooltipGenerator(this::name);
        catalogue.addColumn(k -> k.getUnit() == null ? "" : k.getUnit()).setHeader(getTranslation("kpis.unit"))
                .setAutoWidth(true).setFlexGrow(0);
        catalogue.addColumn(this::scale).setHeader(getTranslation("kpis.scale")).setAutoWidth(true).setFlexGrow(0);
        catalogue.addColumn(k -> getTranslation(k.isHigherIsBetter() ? "kpis.higherIsBetter" : "kpis.lowerIsBetter"))
                .setHeader(getTranslation("kpis.direction")).setAutoWidth(true).setFlexGrow(0);
        // no scope column yet: every KPI the page can create applies to the whole organisation
        catalogue.setEmptyStateText(getTranslation("kpis.empty"));
        catalogue.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        catalogue.setHeightFull();
        catalogue.setWidth("55%");

        detail.setId("kpis-detail");
        detail.setPadding(false);
        detail.setHeightFull();
        detail.setWidth("45%");
        HorizontalLayout body = new HorizontalLayout(catalogue, detail);
        body.setSizeFull();
        add(header, body);
        setFlexGrow(1, body);
        refreshCatalogue(null);
    }

    /** The KPI's name in the user's language: standard KPIs are translated by code, one's own as typed. */
    String name(Kpi kpi) {
        return kpi.isStandard() ? getTranslation(kpi.getStandardCode().messageKey()) : kpi.getName();
    }

    private String scale(Kpi kpi) {
        if (kpi.getScaleMin() == null && kpi.getScaleMax() == null) {
            return "";
        }
        return (kpi.getScaleMin() == null ? "…" : kpi.getScaleMin().toPlainString()) + " – "
                + (kpi.getScaleMax() == null ? "…" : kpi.getScaleMax().toPlainString());
    }

    /** "2026-Q3" for a quarter, "2026-07" for a month. */
    static String periodLabel(PeriodType type, LocalDate start) {
        return type == PeriodType.QUARTER
                ? start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1)
                : String.format("%d-%02d", start.getYear(), start.getMonthValue());
    }

    private void refreshCatalogue(Kpi select) {
        List<Kpi> all = kpis.list();
        catalogue.setItems(all);
        Kpi match = select == null ? null
                : all.stream().filter(k -> k.getId().equals(select.getId())).findFirst().orElse(null);
        if (match != null) {
            catalogue.select(match);
        } else {
            showDetail(null);
        }
    }

    private void showDetail(Kpi kpi) {
        detail.removeAll();
        if (kpi == null) {
            Paragraph hint = new Paragraph(getTranslation("kpis.selectHint"));
            hint.setId("kpis-select-hint");
            detail.add(hint);
            return;
        }
        KpiSeries series = kpis.series(kpi.getId());
        H2 title = new H2(name(kpi));
        title.setId("kpis-detail-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(Alignment.CENTER);
        header.setWidthFull();
        header.setWrap(true); // a long KPI name pushes the buttons to their own line instead of squeezing
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        if (editable) {
            Button record = new Button(getTranslation("kpis.record"), VaadinIcon.PLUS.create(), e -> openRecord(kpi, false));
            record.setId("kpis-record");
            Button target = new Button(getTranslation("kpis.setTarget"), VaadinIcon.FLAG.create(), e -> openRecord(kpi, true));
            target.setId("kpis-set-target");
            header.add(new HorizontalLayout(record, target));
        }
        detail.add(header);

        if (series.measurements().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("kpis.noValues"));
            empty.setId("kpis-no-values");
            detail.add(empty);
        }
        if (!series.measurements().isEmpty() || !series.targets().isEmpty()) { // an empty chart only confuses
            EChart chart = new EChart(chartOptions(series));
            chart.setId("kpis-chart");
            chart.setWidthFull();
            chart.setHeight("18rem");
            chart.setAriaLabel(getTranslation("kpis.chart", name(kpi)));
            detail.add(chart);
        }

        Grid<KpiMeasurement> values = new Grid<>();
        values.setId("kpis-values");
        values.addColumn(m -> periodLabel(m.getPeriodType(), m.getPeriodStart())).setHeader(getTranslation("kpis.period"));
        values.addColumn(m -> m.getValue().toPlainString()).setHeader(getTranslation("kpis.value"));
        values.addColumn(m -> m.getSampleSize() == null ? "" : String.valueOf(m.getSampleSize()))
                .setHeader(getTranslation("kpis.sampleSize"));
        values.addColumn(m -> getTranslation("kpis.source." + m.getSource().name())).setHeader(getTranslation("kpis.source"));
        values.setItems(series.measurements());
        values.setAllRowsVisible(true);
        detail.add(values);
    }

    private EChartOptions chartOptions(KpiSeries series) {
        Map<String, BigDecimal> measured = new LinkedHashMap<>();
        Map<String, BigDecimal> targeted = new LinkedHashMap<>();
        TreeMap<String, String> periods = new TreeMap<>(); // sort key → label
        for (KpiMeasurement m : series.measurements()) {
            String label = periodLabel(m.getPeriodType(), m.getPeriodStart());
            periods.put(m.getPeriodStart() + m.getPeriodType().name(), label);
            measured.put(label, m.getValue()); // the latest recorded value of a period wins
        }
        for (KpiTarget t : series.targets()) {
            String label = periodLabel(t.getPeriodType(), t.getPeriodStart());
            periods.put(t.getPeriodStart() + t.getPeriodType().name(), label);
            targeted.put(label, t.getTarget());
        }
        List<String> categories = new ArrayList<>(new java.util.LinkedHashSet<>(periods.values()));
        List<BigDecimal> measuredValues = categories.stream().map(measured::get).toList();
        List<BigDecimal> targetValues = categories.stream().map(targeted::get).toList();
        return EChartOptions.create()
                .tooltip(EChartOptions.Trigger.AXIS)
                .legend()
                .categoryXAxis(categories)
                .valueYAxis()
                .series(EChartOptions.line(getTranslation("kpis.measured")).values(measuredValues))
                .series(EChartOptions.line(getTranslation("kpis.target")).values(targetValues));
    }

    private void openRecord(Kpi kpi, boolean target) {
        Select<PeriodType> periodType = new Select<>();
        periodType.setId("kpis-period-type");
        periodType.setLabel(getTranslation("kpis.periodType"));
        periodType.setItems(PeriodType.values());
        periodType.setItemLabelGenerator(t -> getTranslation("kpis.periodType." + t.name()));
        periodType.setValue(PeriodType.QUARTER);
        DatePicker periodStart = new DatePicker(getTranslation("kpis.periodStart"));
        periodStart.setId("kpis-period-start");
        periodStart.setHelperText(getTranslation("kpis.periodStartHelp"));
        LocalDate today = LocalDate.now();
        periodStart.setValue(LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1));
        BigDecimalField value = new BigDecimalField(getTranslation(target ? "kpis.target" : "kpis.value"));
        value.setId("kpis-value");
        IntegerField sampleSize = new IntegerField(getTranslation("kpis.sampleSize"));
        sampleSize.setId("kpis-sample-size");
        sampleSize.setMin(0);

        EditorDialog dialog = new EditorDialog(getTranslation(target ? "kpis.setTarget" : "kpis.record") + " · " + name(kpi));
        dialog.withFields(periodType, periodStart, value);
        if (!target) {
            dialog.withFields(sampleSize);
        }
        dialog.errorsOn(periodStart, "kpi.error.periodRequired", "kpi.error.monthStart", "kpi.error.quarterStart")
                .errorsOn(value, "kpi.error.valueRequired", "kpi.error.outOfScale")
                .errorsOn(sampleSize, "kpi.error.sampleSize");
        dialog.onSave(() -> {
            if (target) {
                kpis.setTarget(kpi.getId(), periodType.getValue(), periodStart.getValue(), value.getValue());
            } else {
                kpis.record(kpi.getId(), periodType.getValue(), periodStart.getValue(), value.getValue(),
                        sampleSize.getValue(), MeasurementSource.MANUAL);
            }
        }, () -> showDetail(kpi));
        dialog.open();
    }

    private void openNewKpi() {
        TextField name = new TextField(getTranslation("kpis.name"));
        name.setId("kpis-new-name");
        name.setMaxLength(KpiService.MAX_NAME_LENGTH);
        TextField unit = new TextField(getTranslation("kpis.unit"));
        unit.setId("kpis-new-unit");
        BigDecimalField min = new BigDecimalField(getTranslation("kpis.min"));
        min.setId("kpis-new-min");
        BigDecimalField max = new BigDecimalField(getTranslation("kpis.max"));
        max.setId("kpis-new-max");
        Checkbox higherIsBetter = new Checkbox(getTranslation("kpis.higherIsBetter"), true);
        higherIsBetter.setId("kpis-new-higher");
        Kpi[] created = new Kpi[1];
        EditorDialog dialog = new EditorDialog(getTranslation("kpis.new"));
        dialog.withFields(name, unit, min, max, higherIsBetter)
                .errorsOn(name, "kpi.error.nameRequired", "kpi.error.nameTaken", "validation.tooLong")
                .errorsOn(min, "kpi.error.scale");
        dialog.onSave(() -> created[0] = kpis.create(new KpiData(name.getValue(), unit.getValue(), min.getValue(),
                max.getValue(), higherIsBetter.getValue(), KpiScope.TENANT, null, null)),
                () -> refreshCatalogue(created[0]));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kpis.title") + " · Momentum";
    }
}
