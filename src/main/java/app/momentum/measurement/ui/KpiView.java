package app.momentum.measurement.ui;

import app.momentum.base.ui.EmptyState;
import app.momentum.base.ui.ListGrids;
import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.MainLayout;
import app.momentum.base.ui.TextLimits;
import app.momentum.base.ui.chart.EChart;
import app.momentum.base.ui.chart.EChartOptions;
import app.momentum.journey.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.Moment;
import app.momentum.measurement.Kpi;
import app.momentum.measurement.KpiImportService;
import app.momentum.measurement.KpiMeasurement;
import app.momentum.measurement.KpiScope;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.KpiService.CatalogueEntry;
import app.momentum.measurement.KpiService.KpiData;
import app.momentum.measurement.KpiService.KpiSeries;
import app.momentum.measurement.KpiTarget;
import app.momentum.measurement.KpiTrend;
import app.momentum.measurement.MeasurementPermissions;
import app.momentum.measurement.MeasurementSource;
import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import app.momentum.security.MemberSession;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The tenant's KPI catalogue (organisation, journey and moment KPIs, filterable by journey); a selected KPI shows its
 * measured values against its targets with the trend. Editors record values, set targets, add KPIs and import files;
 * the work is the services' ({@link KpiService}, {@link KpiImportService}).
 */
@Route(value = "kpis", layout = MainLayout.class)
@Menu(order = 35, icon = "vaadin:chart-line", title = "kpis.nav")
@RolesAllowed({"TENANT_ADMIN", "CX_MANAGER", "CONTRIBUTOR", "EXECUTIVE"})
public class KpiView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_JOURNEYS = 500;

    private final transient KpiService kpis;
    private final transient KpiImportService imports;
    private final transient JourneyService journeys;
    private final transient JourneyMapService maps;
    private final boolean editable;
    private final Select<Journey> journeyFilter = new Select<>();
    private final Grid<CatalogueEntry> catalogue = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private List<CatalogueEntry> entries = List.of();

    public KpiView(KpiService kpis, KpiImportService imports, JourneyService journeys, JourneyMapService maps,
                   MemberSession memberSession) {
        this.kpis = kpis;
        this.imports = imports;
        this.journeys = journeys;
        this.maps = maps;
        this.editable = MeasurementPermissions.mayRecordKpis(memberSession.require().role());
        addClassName("kpis-view");
        setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("kpis.title")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        if (editable) {
            Button importValues = new Button(getTranslation("kpis.import"), VaadinIcon.UPLOAD.create(),
                    e -> new KpiImportDialog(imports, this::refreshAfterImport).open());
            importValues.setId("kpis-import");
            Button create = new Button(getTranslation("kpis.new"), VaadinIcon.PLUS.create(), e -> openNewKpi());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("kpis-new");
            header.add(new HorizontalLayout(importValues, create));
        }

        journeyFilter.setId("kpis-journey-filter");
        journeyFilter.setLabel(getTranslation("kpis.filterJourney"));
        journeyFilter.setItems(activeJourneys());
        journeyFilter.setEmptySelectionAllowed(true);
        journeyFilter.setEmptySelectionCaption(getTranslation("kpis.allKpis"));
        journeyFilter.setItemLabelGenerator(j -> j == null ? getTranslation("kpis.allKpis")
                : getTranslation("kpis.journeyKpis", j.getName()));
        journeyFilter.setWidth("22rem");
        journeyFilter.addValueChangeListener(e -> showCatalogue(null));

        catalogue.setId("kpis-grid");
        // the name needs the room; the short columns take what their content needs
        // name and scope share the room (full text in the tooltip); the short columns take what their content needs
        catalogue.addColumn(e -> name(e.kpi())).setHeader(getTranslation("kpis.name")).setWidth("12rem").setFlexGrow(3)
                .setTooltipGenerator(e -> name(e.kpi()));
        catalogue.addColumn(this::scope).setHeader(getTranslation("kpis.scope")).setWidth("8rem").setFlexGrow(2)
                .setTooltipGenerator(this::scope);
        // scale and unit in one column ("0 – 100 %"), so the names keep their room
        catalogue.addColumn(e -> scale(e.kpi())).setHeader(getTranslation("kpis.scale")).setAutoWidth(true).setFlexGrow(0);
        catalogue.addColumn(e -> getTranslation(e.kpi().isHigherIsBetter() ? "kpis.higher" : "kpis.lower"))
                .setHeader(getTranslation("kpis.direction")).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(e -> getTranslation(e.kpi().isHigherIsBetter() ? "kpis.higherIsBetter" : "kpis.lowerIsBetter"));
        EmptyState noKpis = new EmptyState(VaadinIcon.LINE_BAR_CHART, getTranslation("kpis.empty"),
                getTranslation("kpis.emptyPurpose"));
        noKpis.setId("kpis-empty");
        if (editable) {
            Button createFirst = new Button(getTranslation("kpis.new"), VaadinIcon.PLUS.create(), e -> openNewKpi());
            createFirst.setId("kpis-new-empty");
            noKpis.nextStep(getTranslation("kpis.emptyNextEditor")).action(createFirst);
        } else {
            noKpis.nextStep(getTranslation("kpis.emptyNextReader"));
        }
        catalogue.setEmptyStateComponent(noKpis);
        ListGrids.enterActivatesRows(catalogue);
        catalogue.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue() == null ? null : e.getValue().kpi()));
        catalogue.setSizeFull();

        VerticalLayout left = new VerticalLayout(journeyFilter, catalogue);
        left.setPadding(false);
        left.setHeightFull();
        left.setWidth("55%");
        left.setFlexGrow(1, catalogue);

        detail.setId("kpis-detail");
        detail.setPadding(false);
        detail.setHeightFull();
        detail.setWidth("45%");
        detail.getStyle().set("overflow", "auto"); // a long series scrolls here, the chart keeps its height
        HorizontalLayout body = new HorizontalLayout(left, detail);
        body.setSizeFull();
        body.setMinHeight("0"); // fill what is left below the header and scroll inside, not grow the page
        body.addClassName("stack-on-narrow"); // on a phone the detail goes below the catalogue
        add(header, body);
        setFlexGrow(1, body);
        refreshCatalogue(null);
    }

    /** The KPI's name in the user's language: standard KPIs are translated by code, one's own as typed. */
    String name(Kpi kpi) {
        return kpi.isStandard() ? getTranslation(kpi.getStandardCode().messageKey()) : kpi.getName();
    }

    /**
     * What the KPI applies to: the organisation, a journey's name, or "journey · moment". Filtered by a journey, the
     * journey goes without saying: "Whole journey" or the moment's title.
     */
    String scope(CatalogueEntry entry) {
        boolean oneJourney = journeyFilter.getValue() != null;
        return switch (entry.kpi().getScope()) {
            case TENANT -> getTranslation("kpis.scopeLabel.TENANT");
            case JOURNEY -> oneJourney ? getTranslation("kpis.scopeLabel.wholeJourney") : entry.journeyName();
            case MOMENT -> oneJourney ? entry.momentTitle() : entry.journeyName() + " · " + entry.momentTitle();
        };
    }

    /** "0 – 100 %", "-100 – 100 score", "EUR" (an open scale shows only its unit). */
    private String scale(Kpi kpi) {
        String unit = kpi.getUnit() == null ? "" : kpi.getUnit();
        if (kpi.getScaleMin() == null && kpi.getScaleMax() == null) {
            return unit;
        }
        String range = (kpi.getScaleMin() == null ? "…" : kpi.getScaleMin().toPlainString()) + " – "
                + (kpi.getScaleMax() == null ? "…" : kpi.getScaleMax().toPlainString());
        return unit.isEmpty() ? range : range + " " + unit;
    }

    private List<Journey> activeJourneys() {
        return journeys.list(JourneyService.JourneyFilter.active(), PageRequest.of(0, MAX_JOURNEYS, Sort.by("name")));
    }

    private void refreshCatalogue(Kpi select) {
        entries = kpis.catalogue();
        showCatalogue(select);
    }

    private void refreshAfterImport() {
        CatalogueEntry selected = catalogue.asSingleSelect().getValue();
        refreshCatalogue(selected == null ? null : selected.kpi());
    }

    /** The catalogue as filtered: every KPI, or those of one journey (the journey's own and its moments'). */
    private void showCatalogue(Kpi select) {
        Journey journey = journeyFilter.getValue();
        List<CatalogueEntry> shown = journey == null ? entries
                : entries.stream().filter(e -> journey.getId().equals(e.kpi().getJourneyId())).toList();
        catalogue.setItems(shown);
        catalogue.recalculateColumnWidths();
        CatalogueEntry match = select == null ? null
                : shown.stream().filter(e -> e.kpi().getId().equals(select.getId())).findFirst().orElse(null);
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

        Optional<KpiTrend> trend = KpiTrend.of(series.measurements(), kpi.isHigherIsBetter());
        trend.ifPresent(t -> {
            HorizontalLayout badges = new HorizontalLayout(trendBadge(t), changeBadge(t));
            badges.setWrap(true);
            detail.add(badges);
        });
        if (series.measurements().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("kpis.noValues"));
            empty.setId("kpis-no-values");
            detail.add(empty);
        }
        if (!series.measurements().isEmpty() || !series.targets().isEmpty()) { // an empty chart only confuses
            EChart chart = new EChart(chartOptions(series, trend.orElse(null)));
            chart.setId("kpis-chart");
            chart.setWidthFull();
            chart.setHeight("18rem");
            chart.getStyle().set("flex-shrink", "0");
            chart.setAriaLabel(getTranslation("kpis.chart", name(kpi)));
            detail.add(chart);
        }

        Grid<KpiMeasurement> values = new Grid<>();
        values.setId("kpis-values");
        values.addColumn(m -> label(new Period(m.getPeriodType(), m.getPeriodStart())))
                .setHeader(getTranslation("kpis.period")).setAutoWidth(true);
        values.addColumn(m -> number(m.getValue())).setHeader(getTranslation("kpis.value")).setAutoWidth(true);
        Map<Period, BigDecimal> targets = new HashMap<>();
        series.targets().forEach(t -> targets.put(new Period(t.getPeriodType(), t.getPeriodStart()), t.getTarget()));
        values.addColumn(m -> {
            BigDecimal target = targets.get(new Period(m.getPeriodType(), m.getPeriodStart()));
            return target == null ? "" : number(target);
        }).setHeader(getTranslation("kpis.target")).setAutoWidth(true);
        values.addColumn(m -> KpiTrend.targetMet(m.getValue(), targets.get(new Period(m.getPeriodType(), m.getPeriodStart())),
                        kpi.isHigherIsBetter()).map(met -> getTranslation(met ? "kpis.target.met" : "kpis.target.missed")).orElse(""))
                .setHeader(getTranslation("kpis.target.result")).setAutoWidth(true)
                .setPartNameGenerator(m -> KpiTrend.targetMet(m.getValue(),
                        targets.get(new Period(m.getPeriodType(), m.getPeriodStart())), kpi.isHigherIsBetter())
                        .map(met -> met ? "target-met" : "target-missed").orElse(null));
        values.addColumn(m -> m.getSampleSize() == null ? "" : String.valueOf(m.getSampleSize()))
                .setHeader(getTranslation("kpis.sampleSize")).setAutoWidth(true);
        values.addColumn(m -> getTranslation("kpis.source." + m.getSource().name())).setHeader(getTranslation("kpis.source"))
                .setAutoWidth(true);
        values.setItems(series.measurements());
        values.setAllRowsVisible(true);
        values.getStyle().set("flex-shrink", "0");
        detail.add(values);
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

    /** A number in the user's language (7,5 in Dutch), as precise as it was entered. */
    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        format.setGroupingUsed(false);
        return format.format(value);
    }

    private EChartOptions chartOptions(KpiSeries series, KpiTrend trend) {
        SortedMap<Period, BigDecimal> measured = new TreeMap<>();
        SortedMap<Period, BigDecimal> targeted = new TreeMap<>();
        for (KpiMeasurement m : series.measurements()) {
            measured.put(new Period(m.getPeriodType(), m.getPeriodStart()), m.getValue()); // the latest of a period wins
        }
        for (KpiTarget t : series.targets()) {
            targeted.put(new Period(t.getPeriodType(), t.getPeriodStart()), t.getTarget());
        }
        TreeSet<Period> periods = new TreeSet<>(measured.keySet());
        periods.addAll(targeted.keySet());
        List<Period> axis = new ArrayList<>(periods);
        List<String> categories = axis.stream().map(p -> label(p)).toList();
        EChartOptions options = EChartOptions.create()
                .tooltip(EChartOptions.Trigger.AXIS)
                .legend()
                .colors("#1676f3", "#e8a10c", "#7b8794")
                .categoryXAxis(categories)
                .valueYAxis()
                .series(EChartOptions.line(getTranslation("kpis.measured")).values(axis.stream().map(measured::get).toList())
                        .set("connectNulls", JsonNodeFactory.instance.booleanNode(true)))
                .series(EChartOptions.line(getTranslation("kpis.target")).values(axis.stream().map(targeted::get).toList())
                        .set("connectNulls", JsonNodeFactory.instance.booleanNode(true))
                        .set("lineStyle", JsonNodeFactory.instance.objectNode().put("type", "dashed")));
        if (trend != null) {
            // the fitted line over the periods it was fitted through, rounded for the tooltip
            Period first = trend.first();
            Period last = measured.lastKey();
            List<BigDecimal> line = axis.stream().map(p -> p.compareTo(first) < 0 || p.compareTo(last) > 0 ? null
                    : BigDecimal.valueOf(trend.at(p)).setScale(2, RoundingMode.HALF_UP)).toList();
            options.series(EChartOptions.line(getTranslation("kpis.trend")).values(line)
                    .set("connectNulls", JsonNodeFactory.instance.booleanNode(true))
                    .set("symbol", JsonNodeFactory.instance.textNode("none"))
                    .set("lineStyle", JsonNodeFactory.instance.objectNode().put("type", "dotted").put("width", 2)));
        }
        return options;
    }

    private void openRecord(Kpi kpi, boolean target) {
        PeriodPicker period = new PeriodPicker(getTranslation("kpis.period"), PeriodType.QUARTER, LocalDate.now());
        period.setId("kpis-period");
        BigDecimalField value = new BigDecimalField(getTranslation(target ? "kpis.target" : "kpis.value"));
        value.setId("kpis-value");
        if (kpi.getScaleMin() != null || kpi.getScaleMax() != null) {
            value.setHelperText(getTranslation("kpis.valueHelp", scale(kpi)));
        }
        IntegerField sampleSize = new IntegerField(getTranslation("kpis.sampleSize"));
        sampleSize.setId("kpis-sample-size");
        sampleSize.setMin(0);

        EditorDialog dialog = new EditorDialog(getTranslation(target ? "kpis.setTarget" : "kpis.record") + " · " + name(kpi));
        dialog.withFields(period, value);
        dialog.fullWidth(period);
        if (!target) {
            dialog.withFields(sampleSize);
        }
        dialog.errorsOn(period, "kpi.error.periodRequired", "kpi.error.monthStart", "kpi.error.quarterStart")
                .errorsOn(value, "kpi.error.valueRequired", "kpi.error.outOfScale")
                .errorsOn(sampleSize, "kpi.error.sampleSize");
        dialog.onSave(() -> {
            Period chosen = period.getValue();
            PeriodType type = chosen == null ? null : chosen.type();
            LocalDate start = chosen == null ? null : chosen.start();
            if (target) {
                kpis.setTarget(kpi.getId(), type, start, value.getValue());
            } else {
                kpis.record(kpi.getId(), type, start, value.getValue(), sampleSize.getValue(), MeasurementSource.MANUAL);
            }
        }, () -> showDetail(kpi));
        dialog.open();
    }

    private void openNewKpi() {
        TextField name = new TextField(getTranslation("kpis.name"));
        name.setId("kpis-new-name");
        TextLimits.limit(name, KpiService.MAX_NAME_LENGTH);
        TextField unit = new TextField(getTranslation("kpis.unit"));
        TextLimits.limit(unit, KpiService.MAX_UNIT_LENGTH);
        unit.setId("kpis-new-unit");
        BigDecimalField min = new BigDecimalField(getTranslation("kpis.min"));
        min.setId("kpis-new-min");
        BigDecimalField max = new BigDecimalField(getTranslation("kpis.max"));
        max.setId("kpis-new-max");
        Checkbox higherIsBetter = new Checkbox(getTranslation("kpis.higherIsBetter"), true);
        higherIsBetter.setId("kpis-new-higher");
        ScopeFields scope = new ScopeFields();
        Kpi[] created = new Kpi[1];
        EditorDialog dialog = new EditorDialog(getTranslation("kpis.new"));
        dialog.withFields(name, unit, higherIsBetter, min, max, scope.scope, scope.journey, scope.moment)
                .errorsOn(name, "name", "kpi.error.nameRequired", "kpi.error.nameTaken", "validation.tooLong")
                .errorsOn(unit, "unit")
                .errorsOn(min, "scaleMin", "kpi.error.scale")
                .errorsOn(scope.journey, "journey", "kpi.error.scope")
                .errorsOn(scope.moment, "moment", "kpi.error.momentRequired");
        dialog.setWidth("48rem"); // two columns: lowest and highest value, journey and moment side by side
        dialog.fullWidth(name);
        dialog.fullWidth(scope.scope);
        dialog.onSave(() -> created[0] = kpis.create(new KpiData(name.getValue(), unit.getValue(), min.getValue(),
                max.getValue(), higherIsBetter.getValue(), scope.scope.getValue(), scope.journeyId(), scope.momentId())),
                () -> refreshCatalogue(created[0]));
        dialog.open();
    }

    /**
     * What a new KPI applies to: the organisation, a journey, or a moment of a journey. The journey and moment
     * selects show only when the scope needs them; the moments are those of the chosen journey.
     */
    private final class ScopeFields {

        final Select<KpiScope> scope = new Select<>();
        final Select<Journey> journey = new Select<>();
        final Select<Moment> moment = new Select<>();

        ScopeFields() {
            scope.setId("kpis-new-scope");
            scope.setLabel(getTranslation("kpis.scope"));
            scope.setItems(KpiScope.values());
            scope.setItemLabelGenerator(s -> getTranslation("kpis.scope." + s.name()));
            scope.setValue(KpiScope.TENANT);
            journey.setId("kpis-new-journey");
            journey.setLabel(getTranslation("kpis.journey"));
            journey.setItems(activeJourneys());
            journey.setItemLabelGenerator(Journey::getName);
            Journey filtered = journeyFilter.getValue();
            if (filtered != null) { // looking at one journey's KPIs: a new one is probably for it
                journey.setValue(filtered);
            }
            moment.setId("kpis-new-moment");
            moment.setLabel(getTranslation("kpis.moment"));
            moment.setItemLabelGenerator(Moment::getTitle);
            scope.addValueChangeListener(e -> showFor(e.getValue()));
            journey.addValueChangeListener(e -> loadMoments(e.getValue()));
            loadMoments(journey.getValue());
            showFor(scope.getValue());
        }

        private void showFor(KpiScope chosen) {
            journey.setVisible(chosen != KpiScope.TENANT);
            moment.setVisible(chosen == KpiScope.MOMENT);
        }

        private void loadMoments(Journey chosen) {
            List<Moment> list = chosen == null ? List.of() : maps.load(chosen.getId()).moments();
            moment.setItems(list);
            moment.setHelperText(chosen != null && list.isEmpty() ? getTranslation("kpis.noMoments") : null);
        }

        UUID journeyId() {
            return scope.getValue() == KpiScope.TENANT || journey.getValue() == null ? null : journey.getValue().getId();
        }

        UUID momentId() {
            return scope.getValue() != KpiScope.MOMENT || moment.getValue() == null ? null : moment.getValue().getId();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kpis.title") + " · Momentum";
    }
}
