package app.momentum.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The chart component sends its option to the browser and turns the browser's clicks into events. */
class ChartComponentTest {

    @Test
    void sendsTheOptionAsAJsonProperty() {
        EChart chart = new EChart();
        chart.setOption(EChartOptions.create().title("Scores").series(EChartOptions.bar("s").point("m-1", "Onboarding", 8)));

        JsonNode sent = (JsonNode) chart.getElement().getPropertyRaw("option");
        assertThat(sent.get("title").get("text").asString()).isEqualTo("Scores");
        assertThat(sent.get("series").get(0).get("data").get(0).get("id").asString()).isEqualTo("m-1");
        assertThat(chart.getOption()).isEqualTo(sent);
    }

    @Test
    void acceptsJsonTextAndRefusesWhatIsNotAnOptionObject() {
        EChart chart = new EChart();
        chart.setOption("{\"xAxis\": {\"type\": \"category\"}}");
        assertThat(chart.getOption().get("xAxis").get("type").asString()).isEqualTo("category");

        assertThatThrownBy(() -> chart.setOption("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.setOption("{not json")).isInstanceOf(IllegalArgumentException.class);
        // a refused option leaves the chart as it was
        assertThat(chart.getOption().get("xAxis").get("type").asString()).isEqualTo("category");
    }

    @Test
    void keepsItsOwnCopyOfTheOption() {
        EChart chart = new EChart();
        ObjectNode option = EChartOptions.create().title("before").build();
        chart.setOption(option);
        option.putObject("title").put("text", "after");
        chart.getOption().putObject("title").put("text", "after");

        assertThat(chart.getOption().get("title").get("text").asString()).isEqualTo("before");
        assertThat(((JsonNode) chart.getElement().getPropertyRaw("option")).get("title").get("text").asString())
                .isEqualTo("before");
    }

    @Test
    void isFullWidthAndSixteenRemHighByDefault() {
        EChart chart = new EChart();
        assertThat(chart.getWidth()).isEqualTo("100%");
        assertThat(chart.getHeight()).isEqualTo("16rem");
        assertThat(chart.getElement().getTag()).isEqualTo("momentum-echart");
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void aClickInTheBrowserReachesTheListenerWithSeriesIndexDataIndexAndId() {
        EChart chart = new EChart();
        new UI().add(chart);
        List<PointClickEvent> clicks = new ArrayList<>();
        chart.addPointClickListener(clicks::add);

        fireFromBrowser(chart, """
                {"event.detail.seriesIndex": 1, "event.detail.dataIndex": 4, "event.detail.id": "moment-42",
                 "event.detail.name": "Onboarding", "event.detail.seriesName": "Scores"}
                """);
        fireFromBrowser(chart, """
                {"event.detail.seriesIndex": 0, "event.detail.dataIndex": 2, "event.detail.id": null,
                 "event.detail.name": "", "event.detail.seriesName": null}
                """);

        assertThat(clicks).hasSize(2);
        PointClickEvent first = clicks.get(0);
        assertThat(first.isFromClient()).isTrue();
        assertThat(first.getSource()).isSameAs(chart);
        assertThat(first.getSeriesIndex()).isEqualTo(1);
        assertThat(first.getDataIndex()).isEqualTo(4);
        assertThat(first.getId()).contains("moment-42");
        assertThat(first.getName()).contains("Onboarding");
        assertThat(first.getSeriesName()).contains("Scores");
        PointClickEvent second = clicks.get(1);
        assertThat(second.getDataIndex()).isEqualTo(2);
        assertThat(second.getId()).isEmpty();
        assertThat(second.getName()).isEmpty();
        assertThat(second.getSeriesName()).isEmpty();
    }

    @Test
    void theBrowserIsAskedForExactlyTheEventDataTheEventReads() {
        EChart chart = new EChart();
        chart.addPointClickListener(event -> { });
        assertThat(chart.getElement().getNode().getFeature(ElementListenerMap.class).getExpressions("chart-click"))
                .contains("event.detail.seriesIndex", "event.detail.dataIndex", "event.detail.id",
                        "event.detail.name", "event.detail.seriesName");
    }

    @Test
    void aServerSideEventReachesTheListenerAndRemovingTheListenerStopsIt() {
        EChart chart = new EChart();
        List<PointClickEvent> clicks = new ArrayList<>();
        var registration = chart.addPointClickListener(clicks::add);

        ComponentUtil.fireEvent(chart, new PointClickEvent(chart, false, 0, 3, "x", "X", "s"));
        registration.remove();
        ComponentUtil.fireEvent(chart, new PointClickEvent(chart, false, 0, 4, "y", "Y", "s"));

        assertThat(clicks).singleElement().satisfies(event -> {
            assertThat(event.isFromClient()).isFalse();
            assertThat(event.getDataIndex()).isEqualTo(3);
            assertThat(event.getId()).contains("x");
        });
    }

    @Test
    void loadsTheModuleThatExistsInTheFrontendFolderAndPinsEcharts() {
        JsModule module = EChart.class.getAnnotation(JsModule.class);
        assertThat(Path.of("frontend").resolve(module.value().substring(2))).satisfies(path ->
                assertThat(Files.isRegularFile(path)).as("%s exists", path).isTrue());
        NpmPackage npm = EChart.class.getAnnotation(NpmPackage.class);
        assertThat(npm.value()).isEqualTo("echarts");
        assertThat(npm.version()).matches("\\d+\\.\\d+\\.\\d+");
    }

    private static void fireFromBrowser(EChart chart, String eventData) {
        Element element = chart.getElement();
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, "chart-click", JacksonUtils.readTree(eventData)));
    }
}
