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

    /** Everybody ({@code column == null}) or one value of one segment column. */
    record Segment(String column, String value) {
        static final Segment EVERYBODY = new Segment(null, null);
    }

    private final StoredAnalysis stored;
    private final boolean editable;
    private final Consumer<UUID> openMoment;
    private final BiConsumer<Segment, MomentResult> createAction;
    private final Select<Segment> segment = new Select<>();
    private final Select<ImpactMethod> method = new Select<>();
    private final Paragraph methodExplained = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final ImpactMatrixChart chart;
    private final Grid<MomentResult> table = new Grid<>();

    ImpactMatrixPanel(StoredAnalysis stored, boolean editable, Consumer<UUID> openMoment,
                      BiConsumer<Segment, MomentResult> createAction) {
        this.stored = stored;
        this.editable = editable;
        this.openMoment = openMoment;
        this.createAction = createAction;
        setId("impact-matrix");
        setPadding(false);
        setWidthFull();
        chart = new ImpactMatrixChart(openMoment);

        segment.setId("mining-segment");
        segment.setLabel(getTranslation("mining.segment"));
        segment.setItems(segments(stored.result()));
        // the value first ("Particulier"), the column under the label chosen when mapping ("Customer type")
        segment.setItemLabelGenerator(s -> s.column() == null ? getTranslation("mining.segment.everybody")
                : getTranslation("mining.segment.choice", s.value(), stored.segmentLabel(s.column())));
        segment.setValue(Segment.EVERYBODY);
        segment.addValueChangeListener(e -> show(selectedSegment()));
        segment.setVisible(!stored.result().bySegment().isEmpty());
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
        HorizontalLayout top = new HorizontalLayout(segment, method, summary);
        top.getStyle().set("flex-wrap", "wrap");
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();

        configureTable();
        // the chart above the table: side by side, nine columns of figures would not fit without scrolling
        table.setWidthFull();
        table.setAllRowsVisible(true);
        add(top, methodExplained, chart, legend(), table);
        show(Segment.EVERYBODY);
    }

    private Segment selectedSegment() {
        return segment.getValue() == null ? Segment.EVERYBODY : segment.getValue();
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

    static List<Segment> segments(AnalysisResult result) {
        List<Segment> all = new ArrayList<>();
        all.add(Segment.EVERYBODY);
        result.bySegment().forEach((column, values) -> values.keySet().forEach(v -> all.add(new Segment(column, v))));
        return all;
    }

    private SegmentResult group(Segment choice) {
        return choice.column() == null ? stored.result().overall()
                : stored.result().bySegment().get(choice.column()).get(choice.value());
    }

    private void show(Segment choice) {
        SegmentResult group = group(choice);
        ImpactMethod chosen = selectedMethod();
        AnalysisSettings settings = stored.survey().settings();
        summary.setText(getTranslation("mining.summary", group.respondents(), signed(group.nps().nps()),
                signed(group.nps().lower95()), signed(group.nps().upper95()), cxi(group.cxi()),
                decimal(group.meanEffort())));
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
        table.addColumn(MomentResult::title).setHeader(getTranslation("mining.col.moment")).setFlexGrow(1)
                .setWidth("12rem").setTooltipGenerator(MomentResult::title).setSortable(true)
                .setComparator(Comparator.comparing(MomentResult::title, String.CASE_INSENSITIVE_ORDER));
        table.addComponentColumn(this::quadrant).setHeader(getTranslation("mining.col.quadrant")).setWidth("10.5rem")
                .setFlexGrow(0);
        numberColumn("frequency", "mining.col.frequency", m -> percent(m.frequency()), MomentResult::frequency)
                .setWidth("8.5rem");
        numberColumn("mean", "mining.col.mean", m -> decimal(m.meanSatisfaction()), MomentResult::meanSatisfaction)
                .setWidth("8.5rem");
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
        table.addComponentColumn(this::target).setHeader(getTranslation("mining.col.target")).setWidth("6.5rem")
                .setFlexGrow(0).setSortable(true).setComparator(Comparator.comparing(MomentResult::targetMet));
        Grid.Column<MomentResult> priority = numberColumn("priority", "mining.col.priority",
                m -> decimal(m.priority()), MomentResult::priority).setWidth("7rem")
                .setTooltipGenerator(m -> getTranslation("mining.col.priority.tooltip"));
        Span priorityHeader = new Span(getTranslation("mining.col.priority"));
        priorityHeader.setTitle(getTranslation("mining.col.priority.tooltip"));
        priority.setHeader(priorityHeader);
        table.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
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
                    e -> createAction.accept(segment.getValue(), moment));
            action.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            action.setAriaLabel(getTranslation("mining.createAction") + ": " + moment.title());
            action.setTooltipText(getTranslation("mining.createAction"));
            action.addClassName("create-action");
            buttons.add(action);
        }
        return buttons;
    }

    private String decimal(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2); // one precision for the whole table: 6.60 beside 7.08, not 6.6
        format.setMaximumFractionDigits(2);
        return format.format(value);
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
