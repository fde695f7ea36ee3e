package app.momentum.measurement.ui;

import app.momentum.measurement.analysis.AnalysisResult;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.CxiResult;
import app.momentum.measurement.analysis.Difference;
import app.momentum.measurement.analysis.ExperienceEffect;
import app.momentum.measurement.analysis.Impact;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.Priorities;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.analysis.SegmentResult;
import app.momentum.measurement.survey.QuadrantActions;
import app.momentum.measurement.survey.StoredAnalysis;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One import's impact matrix: a segment selector, the impact method (the experience effect or the satisfaction
 * driver, both stored with the import), the headline figures, the bubble chart and, below it, the moments in the
 * order to act on them (fix first, by priority within each quadrant), each with a way to open it on the map and, for moments to fix or
 * raise, to create an improvement action.
 */
class ImpactMatrixPanel extends VerticalLayout {

    /** A group of respondents: segment column → value; none for everybody, several for a combination. */
    record Segment(Map<String, String> values) {
        static final Segment EVERYBODY = new Segment(Map.of());

        Segment {
            values = Map.copyOf(values);
        }

        /** One value of one segment column. */
        Segment(String column, String value) {
            this(Map.of(column, value));
        }
    }

    /** The "all values" choice of a segment column's selector. */
    static final String ALL = "";

    private final StoredAnalysis stored;
    private final boolean editable;
    private final Consumer<UUID> openMoment;
    private final BiConsumer<Segment, MomentResult> createAction;
    /** Per segment column (sorted) a selector of its values, "all" first: together they choose the group. */
    private final Map<String, Select<String>> segmentSelects = new java.util.LinkedHashMap<>();
    private final int minimumGroupSize;
    private final Paragraph hidden = new Paragraph();
    private final Select<ImpactMethod> method = new Select<>();
    private final Paragraph methodExplained = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final ImpactMatrixChart chart;
    private final com.vaadin.flow.component.html.Div legend;
    private final Grid<MomentResult> table = new Grid<>();

    ImpactMatrixPanel(StoredAnalysis stored, boolean editable, int minimumGroupSize, Consumer<UUID> openMoment,
                      BiConsumer<Segment, MomentResult> createAction) {
        this.stored = stored;
        this.minimumGroupSize = minimumGroupSize;
        this.editable = editable;
        this.openMoment = openMoment;
        this.createAction = createAction;
        setId("impact-matrix");
        setPadding(false);
        setWidthFull();
        chart = new ImpactMatrixChart(openMoment);
        legend = legend();

        int index = 0;
        for (Map.Entry<String, Map<String, SegmentResult>> column : stored.result().bySegment().entrySet()) {
            Select<String> select = new Select<>();
            select.setId("mining-segment-" + index++);
            // the label chosen when mapping ("Customer type"), else the header
            select.setLabel(stored.segmentLabel(column.getKey()));
            List<String> values = new ArrayList<>();
            values.add(ALL);
            values.addAll(column.getValue().keySet());
            select.setItems(values);
            select.setItemLabelGenerator(v -> ALL.equals(v) ? getTranslation("mining.segment.all") : v);
            select.setValue(ALL);
            select.addValueChangeListener(e -> show(selectedSegment()));
            segmentSelects.put(column.getKey(), select);
        }
        hidden.setId("mining-group-hidden");
        hidden.addClassName("form-warning");
        hidden.setVisible(false);
        // both methods are stored with every import: switching re-places the moments without reading the file again
        method.setId("mining-impact-method");
        method.setLabel(getTranslation("mining.method"));
        method.setItems(ImpactMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("mining.method." + m.name()));
        method.setValue(stored.survey().impactMethod());
        method.addValueChangeListener(e -> show(selectedSegment()));
        method.setTooltipText(getTranslation("mining.method.tooltip"));
        methodExplained.setId("mining-method-explained");
        methodExplained.addClassName("mining-method-explained");
        summary.setId("mining-summary");
        summary.addClassName("mining-summary");
        HorizontalLayout top = new HorizontalLayout();
        segmentSelects.values().forEach(top::add);
        top.add(method, summary);
        top.getStyle().set("flex-wrap", "wrap");
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();

        configureTable();
        // the chart above the table: side by side, nine columns of figures would not fit without scrolling
        table.setWidthFull();
        table.setAllRowsVisible(true);
        add(top, hidden, methodExplained, chart, legend, table);
        show(Segment.EVERYBODY);
    }

    /** The group the selectors choose: every column not on "all". */
    Segment selectedSegment() {
        Map<String, String> values = new java.util.TreeMap<>();
        segmentSelects.forEach((column, select) -> {
            if (select.getValue() != null && !ALL.equals(select.getValue())) {
                values.put(column, select.getValue());
            }
        });
        return new Segment(values);
    }

    /** Chooses a group, as the selectors would (the others back on "all"). */
    void select(Segment segment) {
        segmentSelects.forEach((column, select) -> select.setValue(segment.values().getOrDefault(column, ALL)));
    }

    private ImpactMethod selectedMethod() {
        return method.getValue() == null ? stored.survey().impactMethod() : method.getValue();
    }

    /** The four quadrants with what to do in each, in words: colour alone must not carry the meaning. */
    private com.vaadin.flow.component.html.Div legend() {
        com.vaadin.flow.component.html.Div legend = new com.vaadin.flow.component.html.Div();
        legend.setId("impact-legend");
        legend.addClassName("impact-legend");
        for (app.momentum.measurement.analysis.Quadrant quadrant : app.momentum.measurement.analysis.Quadrant.values()) {
            Span dot = new Span();
            dot.addClassName("impact-legend-dot");
            dot.getStyle().set("background", ImpactMatrixChart.colour(quadrant));
            Span name = new Span(getTranslation("quadrant." + quadrant.name() + ".name") + ": ");
            name.addClassName("impact-legend-name");
            Span advice = new Span(getTranslation(quadrant.adviceKey()));
            com.vaadin.flow.component.html.Div item = new com.vaadin.flow.component.html.Div(dot, name, advice);
            item.addClassName("impact-legend-item");
            legend.add(item);
        }
        return legend;
    }

    private void show(Segment choice) {
        SegmentResult group = stored.result().group(choice.values());
        // a group too small (or empty) shows no figures: no one reads noise, or recognises a respondent
        boolean shown = group != null && (choice.values().isEmpty() || group.respondents() >= minimumGroupSize);
        hidden.setVisible(!shown);
        hidden.setText(shown ? "" : group == null ? getTranslation("mining.group.empty")
                : getTranslation("mining.group.tooSmall", group.respondents(), minimumGroupSize));
        summary.setVisible(shown);
        methodExplained.setVisible(shown);
        chart.setVisible(shown);
        legend.setVisible(shown);
        table.setVisible(shown);
        if (!shown) {
            table.setItems(List.of());
            return;
        }
        ImpactMethod chosen = selectedMethod();
        AnalysisSettings settings = stored.survey().settings();
        String figures = getTranslation("mining.summary", group.respondents(), signed(group.nps().nps()),
                signed(group.nps().lower95()), signed(group.nps().upper95()), cxi(group.cxi()),
                decimal(group.meanEffort()));
        // weighted figures say so; the respondents are still counted once
        summary.setText(weighted() ? figures + " · " + getTranslation("mining.weighted") : figures);
        methodExplained.setText(getTranslation("mining.method." + chosen.name() + ".explained",
                getTranslation("mining.kpi." + settings.impactOn().name())));
        List<MomentResult> moments = group.moments().stream().map(m -> m.withMethod(chosen))
                .sorted(Priorities.ACTION_ORDER).toList();
        chart.show(moments, settings.withImpactMethod(chosen));
        // in the order to act: fix first, then raise, keep, over-delivering, by priority within each
        table.sort(List.of());
        table.setItems(moments);
    }

    /** The CXi, or why it is unknown, with each item that is known. */
    private String cxi(CxiResult cxi) {
        if (cxi.known()) {
            return signed(cxi.cxi());
        }
        if (cxi.itemsKnown() == 0) {
            return "–";
        }
        return getTranslation("mining.cxi.unknown", cxi.itemsKnown(), signed(cxi.needs()), signed(cxi.easy()),
                signed(cxi.enjoyable()));
    }

    private void configureTable() {
        table.setId("impact-table");
        // the title takes the room that is left (and wraps into its tooltip), so nine columns of figures fit
        table.addColumn(MomentResult::title).setKey("moment").setHeader(getTranslation("mining.col.moment")).setFlexGrow(1)
                .setWidth("10rem").setTooltipGenerator(MomentResult::title).setSortable(true)
                .setComparator(Comparator.comparing(MomentResult::title, String.CASE_INSENSITIVE_ORDER));
        table.addComponentColumn(this::quadrant).setKey("quadrant").setHeader(getTranslation("mining.col.quadrant")).setWidth("10.5rem")
                .setFlexGrow(0);
        // widths that fit a 1280-pixel screen beside the menu, so the priority column is not scrolled away
        numberColumn("frequency", "mining.col.frequency", m -> percent(m.frequency()), MomentResult::frequency)
                .setWidth("7.5rem");
        numberColumn("mean", "mining.col.mean", m -> decimal(m.meanSatisfaction()), MomentResult::meanSatisfaction)
                .setWidth("7.5rem");
        numberColumn("top", "mining.col.top", m -> percent(m.shareNineTen()), MomentResult::shareNineTen)
                .setWidth("5.5rem");
        numberColumn("low", "mining.col.low", m -> percent(m.shareSixOrLower()), MomentResult::shareSixOrLower)
                .setWidth("5rem");
        // only surveys that asked it: the column would be all dashes otherwise
        if (asksExpectation()) {
            numberColumn("better", "mining.col.better", m -> percent(m.shareBetterThanExpected()),
                    MomentResult::shareBetterThanExpected).setWidth("6.5rem")
                    .setTooltipGenerator(m -> m.expectationN() == 0 ? getTranslation("mining.better.notAsked")
                            : getTranslation("mining.better.tooltip", m.expectationN()));
        }
        table.addColumn(m -> decimal(m.impact()) + (m.reliable() || Double.isNaN(m.impact()) ? "" : " *"))
                .setKey("impact").setHeader(getTranslation("mining.col.impact")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setComparator(nanLast(MomentResult::impact))
                .setTooltipGenerator(this::impactExplained);
        table.addColumn(m -> m.impactN() == 0 ? "–" : String.valueOf(m.impactN())).setKey("impactN")
                .setHeader(getTranslation("mining.col.impactN")).setWidth("4.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(java.util.Comparator.comparingInt(MomentResult::impactN))
                .setTooltipGenerator(m -> getTranslation("mining.col.impactN.tooltip"));
        table.addComponentColumn(this::target).setKey("target").setHeader(getTranslation("mining.col.target")).setWidth("6.5rem")
                .setFlexGrow(0).setSortable(true).setComparator(Comparator.comparing(MomentResult::targetMet));
        Grid.Column<MomentResult> priority = numberColumn("priority", "mining.col.priority",
                m -> decimal(m.priority()), MomentResult::priority).setWidth("7rem")
                .setTooltipGenerator(m -> getTranslation("mining.col.priority.tooltip"));
        Span priorityHeader = new Span(getTranslation("mining.col.priority"));
        priorityHeader.setTitle(getTranslation("mining.col.priority.tooltip"));
        priority.setHeader(priorityHeader);
        table.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        // what to decide first, then what it rests on: on a laptop the figures scroll, the decision and its buttons do not
        List<String> order = new ArrayList<>(List.of("moment", "quadrant", "priority", "impact", "impactN", "target",
                "actions", "mean", "frequency", "top", "low"));
        if (table.getColumnByKey("better") != null) {
            order.add("better");
        }
        table.setColumnOrder(order.stream().map(table::getColumnByKey).toList());
        table.setEmptyStateText(getTranslation("mining.empty"));
    }

    /** What the impact figure rests on: the groups compared, or the correlation's interval; or why it is unknown. */
    private String impactExplained(MomentResult moment) {
        if (moment.experienced() == 0) {
            return getTranslation("mining.notExperienced");
        }
        String reliability = moment.reliable() ? "" : "\n" + getTranslation("mining.unreliable", moment.impactN());
        if (moment.method() == ImpactMethod.SATISFACTION_DRIVER) {
            Impact driver = moment.driver();
            if (Double.isNaN(driver.value())) {
                return getTranslation("mining.driver.unknown");
            }
            return getTranslation("mining.driver.explained", decimal(driver.value()),
                    decimal(driver.interval().lower95()), decimal(driver.interval().upper95()), driver.n()) + reliability;
        }
        ExperienceEffect effect = moment.effect();
        if (!effect.known()) {
            return getTranslation("mining.effect.unknown." + effect.unknownBecause().name());
        }
        boolean nps = !Double.isNaN(effect.exposed().nps());
        Difference difference = nps ? effect.npsDifference() : effect.meanDifference();
        java.util.function.DoubleFunction<String> format = nps ? this::signed : this::decimal;
        return getTranslation(nps ? "mining.effect.explained.nps" : "mining.effect.explained.mean",
                format.apply(nps ? effect.exposed().nps() : effect.exposed().mean()), effect.exposed().n(),
                format.apply(nps ? effect.unexposed().nps() : effect.unexposed().mean()), effect.unexposed().n(),
                format.apply(difference.value()), format.apply(difference.lower95()),
                format.apply(difference.upper95()), decimal(effect.impact().value())) + reliability;
    }

    /** Whether the survey's figures are weighted by a respondent weight column. */
    private boolean weighted() {
        return stored.columns().stream().anyMatch(c -> c.role() == app.momentum.measurement.importing.ColumnRole.WEIGHT);
    }

    /** Whether this import asked any moment's expectation. */
    private boolean asksExpectation() {
        return stored.result().overall().moments().stream().anyMatch(m -> m.expectationN() > 0);
    }

    private Grid.Column<MomentResult> numberColumn(String key, String header,
                                                   java.util.function.Function<MomentResult, String> text,
                                                   java.util.function.ToDoubleFunction<MomentResult> value) {
        return table.addColumn(text::apply).setKey(key).setHeader(getTranslation(header)).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setComparator(nanLast(value));
    }

    /** Unknown values sort as lowest, so a descending sort puts them last. */
    private static Comparator<MomentResult> nanLast(java.util.function.ToDoubleFunction<MomentResult> value) {
        return Comparator.comparingDouble(m -> {
            double v = value.applyAsDouble(m);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        });
    }

    private Span quadrant(MomentResult moment) {
        if (moment.quadrant() == null) {
            return new Span("–");
        }
        Span name = new Span(getTranslation("quadrant." + moment.quadrant().name() + ".name"));
        name.addClassNames("quadrant-label", "quadrant-" + moment.quadrant().name().toLowerCase(java.util.Locale.ROOT));
        name.setTitle(getTranslation(moment.quadrant().adviceKey()));
        return name;
    }

    private Badge target(MomentResult moment) {
        Badge badge = new Badge(getTranslation(moment.targetMet() ? "mining.targetMet" : "mining.targetMissed"));
        badge.addThemeVariants(moment.targetMet() ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
        return badge;
    }

    private HorizontalLayout actions(MomentResult moment) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (moment.momentId() == null) { // deleted from the map since the survey
            return buttons;
        }
        Button open = new Button(VaadinIcon.MAP_MARKER.create(), e -> openMoment.accept(moment.momentId()));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.setAriaLabel(getTranslation("mining.openMoment") + ": " + moment.title());
        open.setTooltipText(getTranslation("mining.openMoment"));
        buttons.add(open);
        if (editable && QuadrantActions.actionable(moment.quadrant())) {
            Button action = new Button(VaadinIcon.PLUS_CIRCLE_O.create(),
                    e -> createAction.accept(selectedSegment(), moment));
            action.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            action.setAriaLabel(getTranslation("mining.createAction") + ": " + moment.title());
            action.setTooltipText(getTranslation("mining.createAction"));
            action.addClassName("create-action");
            buttons.add(action);
        }
        return buttons;
    }

    private String decimal(double value) {
        return TwoDecimals.format(value, getLocale());
    }

    private String signed(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        long rounded = Math.round(value);
        return rounded > 0 ? "+" + rounded : String.valueOf(rounded);
    }

    private String percent(double share) {
        return Double.isNaN(share) ? "–" : NumberFormat.getPercentInstance(getLocale()).format(share);
    }
}
