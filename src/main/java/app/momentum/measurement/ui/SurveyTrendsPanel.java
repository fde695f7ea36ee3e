package app.momentum.measurement.ui;

import app.momentum.base.ui.chart.EChart;
import app.momentum.base.ui.chart.EChartOptions;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.survey.StoredAnalysis;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A journey's surveys over time: NPS and CXi per survey in a chart, and per moment its mean satisfaction in each
 * survey with the change since the previous one, so the effect of improvements shows.
 */
class SurveyTrendsPanel extends VerticalLayout {

    /** One moment's means, oldest survey first ({@code NaN} where it was not measured). */
    record MomentTrend(UUID momentId, String title, List<Double> means) {
        double change() {
            if (means.size() < 2) {
                return Double.NaN;
            }
            return means.getLast() - means.get(means.size() - 2);
        }
    }

    SurveyTrendsPanel(List<StoredAnalysis> oldestFirst) {
        setId("survey-trends");
        setPadding(false);
        setWidthFull();
        List<String> dates = oldestFirst.stream().map(s -> s.survey().getFieldedOn().toString()).toList();
        EChart chart = new EChart(options(oldestFirst, dates, getTranslation("mining.trends.nps"),
                getTranslation("mining.trends.cxi")));
        chart.setId("survey-trends-chart");
        chart.setHeight("16rem");
        chart.setWidthFull();
        chart.getElement().setAttribute("aria-label", getTranslation("mining.trends.aria"));

        Grid<MomentTrend> grid = new Grid<>();
        grid.setId("survey-trends-table");
        grid.addColumn(MomentTrend::title).setHeader(getTranslation("mining.col.moment")).setFlexGrow(1).setAutoWidth(true);
        for (int i = 0; i < dates.size(); i++) {
            int index = i;
            grid.addColumn(t -> decimal(t.means().get(index), false)).setHeader(dates.get(i)).setWidth("8rem")
                    .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        grid.addColumn(t -> decimal(t.change(), true)).setHeader(getTranslation("mining.trends.change"))
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(t -> Double.isNaN(t.change()) || t.change() == 0 ? null
                        : t.change() > 0 ? "trend-up" : "trend-down");
        grid.setItems(trends(oldestFirst));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation(oldestFirst.size() < 2 ? "mining.trends.one" : "mining.trends.intro")),
                chart, grid);
    }

    /** Per moment of the latest survey (in its order), its mean in every survey. */
    static List<MomentTrend> trends(List<StoredAnalysis> oldestFirst) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        oldestFirst.getLast().result().overall().moments().stream().filter(m -> m.momentId() != null)
                .forEach(m -> titles.put(m.momentId(), m.title()));
        List<MomentTrend> trends = new ArrayList<>();
        titles.forEach((id, title) -> trends.add(new MomentTrend(id, title, oldestFirst.stream()
                .map(s -> s.result().overall().moments().stream().filter(m -> id.equals(m.momentId()))
                        .mapToDouble(MomentResult::meanSatisfaction).findFirst().orElse(Double.NaN))
                .toList())));
        return trends;
    }

    static EChartOptions options(List<StoredAnalysis> oldestFirst, List<String> dates, String npsName, String cxiName) {
        EChartOptions options = EChartOptions.create().tooltip(EChartOptions.Trigger.AXIS).legend()
                .categoryXAxis(dates).valueYAxis(-100, 100);
        options.set("grid", JsonNodeFactory.instance.objectNode().put("left", 48).put("right", 24).put("top", 36)
                .put("bottom", 28));
        options.series(EChartOptions.line(npsName).values(oldestFirst.stream()
                .map(s -> finiteOrNull(Math.round(s.result().overall().nps().nps() * 10) / 10.0)).toList()));
        options.series(EChartOptions.line(cxiName).values(oldestFirst.stream()
                .map(s -> finiteOrNull(Math.round(s.result().overall().cxi().cxi() * 10) / 10.0)).toList()));
        return options;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private String decimal(double value, boolean signed) {
        if (Double.isNaN(value)) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        String text = format.format(value);
        return signed && value > 0 ? "+" + text : text;
    }
}
