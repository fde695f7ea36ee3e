package app.momentum.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.internal.JacksonUtils;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The option builder makes the JSON ECharts expects, and text stays text whatever it contains. */
class ChartOptionsTest {

    @Test
    void buildsABarChartOption() {
        ObjectNode option = EChartOptions.create()
                .title("Moments per phase")
                .tooltip(EChartOptions.Trigger.AXIS)
                .legend()
                .categoryXAxis(List.of("Orient", "Buy"))
                .valueYAxis(0, 10)
                .series(EChartOptions.bar("Moments").point("p-1", "Orient", 3).point("p-2", "Buy", 5.5))
                .series(EChartOptions.line("Target").values(7, null).smooth())
                .build();

        assertThat(option).isEqualTo(JacksonUtils.readTree("""
                {
                  "title": {"text": "Moments per phase"},
                  "tooltip": {"trigger": "axis"},
                  "legend": {},
                  "xAxis": {"type": "category", "data": ["Orient", "Buy"]},
                  "yAxis": {"type": "value", "min": 0, "max": 10},
                  "series": [
                    {"type": "bar", "name": "Moments", "data": [
                      {"id": "p-1", "name": "Orient", "value": 3},
                      {"id": "p-2", "name": "Buy", "value": 5.5}]},
                    {"type": "line", "name": "Target", "data": [7, null], "smooth": true}
                  ]
                }
                """));
    }

    @Test
    void textThatLooksLikeCodeOrJsonStaysAString() {
        String hostile = "\"}, \"formatter\": \"function(){alert(1)}\" </script><img src=x onerror=alert(1)>\u2028\\";
        ObjectNode option = EChartOptions.create()
                .title(hostile)
                .categoryXAxis(List.of(hostile))
                .series(EChartOptions.pie(hostile).point(hostile, hostile, 1))
                .build();

        JsonNode roundTrip = JacksonUtils.readTree(option.toString());
        assertThat(roundTrip).isEqualTo(option);
        assertThat(roundTrip.get("title").get("text").asString()).isEqualTo(hostile);
        assertThat(roundTrip.get("title").has("formatter")).isFalse();
        assertThat(roundTrip.get("xAxis").get("data").get(0).asString()).isEqualTo(hostile);
        JsonNode item = roundTrip.get("series").get(0).get("data").get(0);
        assertThat(item.get("id").asString()).isEqualTo(hostile);
        assertThat(item.get("name").asString()).isEqualTo(hostile);
        assertThat(roundTrip.get("series").get(0).get("name").asString()).isEqualTo(hostile);
    }

    @Test
    void numbersKeepTheirExactValueAndNonFiniteOnesAreRefused() {
        ObjectNode option = EChartOptions.create()
                .series(EChartOptions.line("l").values(1, 2L, 2.5, new BigDecimal("0.1"), 9_007_199_254_740_993L))
                .build();
        assertThat(option.get("series").get(0).get("data").toString()).isEqualTo("[1,2,2.5,0.1,9007199254740993]");

        assertThatThrownBy(() -> EChartOptions.line("l").values(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EChartOptions.line("l").values(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildReturnsACopySoLaterChangesDoNotLeakIntoAnEarlierOption() {
        EChartOptions builder = EChartOptions.create().title("one");
        ObjectNode first = builder.build();
        builder.title("two").series(EChartOptions.bar("b").values(1));
        first.put("mutated", true);

        assertThat(first.get("title").get("text").asString()).isEqualTo("one");
        assertThat(first.has("series")).isFalse();
        assertThat(builder.build().get("title").get("text").asString()).isEqualTo("two");
        assertThat(builder.build().has("mutated")).isFalse();
    }

    @Test
    void otherOptionsGoInThroughSet() {
        ObjectNode option = EChartOptions.create()
                .set("aria", JacksonUtils.readTree("{\"enabled\": true}"))
                .series(EChartOptions.series("gauge", null).set("max", JacksonUtils.readTree("{\"v\": 10}").get("v")))
                .build();
        assertThat(option.get("aria").get("enabled").asBoolean()).isTrue();
        assertThat(option.get("series").get(0).has("name")).isFalse();
        assertThat(option.get("series").get(0).get("max").asInt()).isEqualTo(10);
    }
}
