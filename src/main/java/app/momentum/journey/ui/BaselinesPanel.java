package app.momentum.journey.ui;

import app.momentum.base.ui.AppDialog;
import app.momentum.base.ui.Formats;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.TextLimits;
import app.momentum.base.ui.chart.EChart;
import app.momentum.base.ui.chart.EChartOptions;
import app.momentum.journey.collab.BaselineComparison;
import app.momentum.journey.collab.BaselineSnapshot.MomentState;
import app.momentum.journey.collab.JourneyBaseline;
import app.momentum.journey.collab.JourneyCollaboration;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.node.JsonNodeFactory;

/** Baselines of the journey: take one under a name, compare one with the journey now. */
class BaselinesPanel extends CollabListPanel<JourneyBaseline> {

    private final transient JourneyCollaboration collaboration;
    private final UUID journeyId;

    BaselinesPanel(JourneyCollaboration collaboration, UUID journeyId, MapContext context, boolean editable) {
        super("baselines-panel", context, "baseline.empty");
        this.collaboration = collaboration;
        this.journeyId = journeyId;
        add(new Paragraph(getTranslation("baseline.intro")));
        if (editable) {
            TextField name = new TextField();
            name.setPlaceholder(getTranslation("baseline.namePlaceholder"));
            name.setAriaLabel(getTranslation("baseline.name"));
            TextLimits.limit(name, 100);
            name.setId("baseline-name");
            Button take = addButton("baseline.take", name, value -> {
                collaboration.createBaseline(journeyId, value);
                Notifications.success(getTranslation("baseline.taken"));
            }, "baseline.error.name", "baseline.error.nameTaken", "validation.tooLong");
            take.addClickShortcut(Key.ENTER).listenOn(name);
            take.setId("take-baseline");
            HorizontalLayout row = new HorizontalLayout(name, take);
            row.setWidthFull();
            row.expand(name);
            add(row);
        }
        add(list());
        refresh();
    }

    @Override
    protected List<JourneyBaseline> items() {
        return collaboration.baselines(journeyId);
    }

    @Override
    protected Component show(JourneyBaseline baseline) {
        Button compare = new Button(getTranslation("baseline.compare"), e -> compare(baseline));
        compare.addThemeVariants(ButtonVariant.TERTIARY);
        Div row = new Div(new H3(baseline.getName()),
                new Paragraph(getTranslation("baseline.takenOn", Formats.date(baseline.getCreatedAt(), getLocale()),
                        who(baseline.getCreatedBy()))),
                compare);
        row.addClassName("baseline-item");
        return row;
    }

    private void compare(JourneyBaseline baseline) {
        BaselineComparison comparison = collaboration.compare(baseline.getId());
        AppDialog dialog = new AppDialog(getTranslation("baseline.compareTitle", baseline.getName()));
        dialog.setId("baseline-comparison");
        dialog.add(section("baseline.added", comparison.added().stream().map(MomentState::title).toList()),
                section("baseline.removed", comparison.removed().stream().map(MomentState::title).toList()),
                section("baseline.changed", comparison.changed().stream().map(c -> c.after().title() + ": "
                        + String.join("; ", c.changes().stream().map(f -> getTranslation(f.fieldKey())).toList())).toList()),
                curves(comparison));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("48rem");
        dialog.open();
    }

    private VerticalLayout section(String key, List<String> items) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(key, items.size())));
        section.setPadding(false);
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("baseline.none")));
        } else {
            UnorderedList ul = new UnorderedList();
            items.forEach(i -> ul.add(new ListItem(i)));
            section.add(ul);
        }
        return section;
    }

    /** Both desired curves, moment by moment (a chart comes with the chart component). */
    private VerticalLayout curves(BaselineComparison comparison) {
        record Row(String title, Integer then, Integer now) {
        }
        Map<UUID, Integer> then = new HashMap<>();
        comparison.baselineCurve().forEach(m -> then.put(m.id(), m.desiredEmotion()));
        List<Row> rows = new java.util.ArrayList<>(comparison.currentCurve().stream()
                .map(m -> new Row(m.title(), then.get(m.id()), m.desiredEmotion())).toList());
        comparison.removed().forEach(m -> rows.add(new Row(m.title(), m.desiredEmotion(), null)));
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::title).setHeader(getTranslation("moment.name")).setFlexGrow(3);
        grid.addColumn(r -> Optional.ofNullable(r.then()).map(BaselinesPanel::signed).orElse("–")).setHeader(getTranslation("baseline.then"));
        grid.addColumn(r -> Optional.ofNullable(r.now()).map(BaselinesPanel::signed).orElse("–")).setHeader(getTranslation("baseline.now"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        EChart chart = new EChart(curves(rows.stream().map(Row::title).toList(), List.of(
                EChartOptions.line(getTranslation("baseline.then")).values(rows.stream().map(Row::then).toList()),
                EChartOptions.line(getTranslation("baseline.now")).values(rows.stream().map(Row::now).toList()))));
        chart.setId("baseline-curves");
        chart.setHeight("14rem");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("baseline.curves")), chart, grid);
        section.setPadding(false);
        return section;
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : String.valueOf(value);
    }

    /** The chart options for curves over the given moment titles (-3 … +3): a line per series. */
    private static EChartOptions curves(List<String> titles, List<EChartOptions.Series> series) {
        EChartOptions options = EChartOptions.create()
                .tooltip(EChartOptions.Trigger.AXIS)
                .legend()
                .categoryXAxis(titles)
                .valueYAxis(-3, 3);
        options.set("grid", JsonNodeFactory.instance.objectNode().put("left", 40).put("right", 24).put("top", 40).put("bottom", 32));
        options.set("legend", JsonNodeFactory.instance.objectNode().put("top", 4));
        series.forEach(options::series);
        return options;
    }
}
