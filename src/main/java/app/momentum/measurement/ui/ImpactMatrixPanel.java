package app.momentum.measurement.ui;

import app.momentum.measurement.analysis.AnalysisResult;
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
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One import's impact matrix: a segment selector, the headline figures, the bubble chart and, beside it, the
 * moments sortable by priority (highest first), each with a way to open it on the map and, for moments to fix or
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
        segment.addValueChangeListener(e -> show(e.getValue() == null ? Segment.EVERYBODY : e.getValue()));
        segment.setVisible(!stored.result().bySegment().isEmpty());
        summary.setId("mining-summary");
        summary.addClassName("mining-summary");
        HorizontalLayout top = new HorizontalLayout(segment, summary);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();

        configureTable();
        // the chart above the table: side by side, nine columns of figures would not fit without scrolling
        table.setWidthFull();
        table.setAllRowsVisible(true);
        add(top, chart, legend(), table);
        show(Segment.EVERYBODY);
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
        summary.setText(getTranslation("mining.summary", group.respondents(), signed(group.nps().nps()),
                signed(group.nps().lower95()), signed(group.nps().upper95()), signed(group.cxi()),
                decimal(group.meanEffort())));
        chart.show(group.moments(), stored.survey().settings());
        table.setItems(group.moments());
        table.sort(GridSortOrder.desc(table.getColumnByKey("priority")).build());
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
        table.addColumn(m -> decimal(m.impact()) + (m.reliable() || Double.isNaN(m.impact()) ? "" : " *"))
                .setKey("impact").setHeader(getTranslation("mining.col.impact")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setComparator(nanLast(MomentResult::impact))
                .setTooltipGenerator(m -> m.experienced() == 0 ? getTranslation("mining.notExperienced")
                        : m.reliable() ? "n = " + m.impactN() : getTranslation("mining.unreliable", m.impactN()));
        table.addColumn(m -> m.impactN() == 0 ? "–" : String.valueOf(m.impactN())).setKey("impactN")
                .setHeader(getTranslation("mining.col.impactN")).setWidth("4.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(java.util.Comparator.comparingInt(MomentResult::impactN))
                .setTooltipGenerator(m -> getTranslation("mining.col.impactN.tooltip"));
        table.addComponentColumn(this::target).setHeader(getTranslation("mining.col.target")).setWidth("6.5rem")
                .setFlexGrow(0).setSortable(true).setComparator(Comparator.comparing(MomentResult::targetMet));
        numberColumn("priority", "mining.col.priority", m -> decimal(m.priority()), MomentResult::priority)
                .setWidth("7rem");
        table.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        table.setEmptyStateText(getTranslation("mining.empty"));
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
