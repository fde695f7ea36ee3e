package app.momentum.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn by Apache ECharts in the browser: give it an ECharts option object (build one with
 * {@link EChartOptions}), and listen to clicks on data points.
 *
 * <p>The option is sent as JSON and applied whole each time it is set (nothing of the previous option is
 * kept). It is data only: ECharts options that are JavaScript functions (formatters as functions) cannot be
 * sent; use ECharts' string templates instead. 100% wide and 16rem high unless sized otherwise.
 */
@Tag("momentum-echart")
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
@JsModule("./components/momentum-echart.ts")
public class EChart extends Component implements HasSize, HasStyle, HasAriaLabel {

    /** The ECharts release, pinned: it resolves on the npm registry mirror we build with. */
    public static final String ECHARTS_VERSION = "6.0.0";

    private ObjectNode option = JacksonUtils.createObjectNode();

    public EChart() {
        setWidthFull();
        setHeight("16rem");
        // a canvas says nothing to a screen reader: announce the chart as one image with its aria-label
        getElement().setAttribute("role", "img");
    }

    public EChart(EChartOptions option) {
        this();
        setOption(option);
    }

    /** Replaces the chart's option (a JSON object in ECharts' option format); the chart redraws. */
    public void setOption(JsonNode option) {
        Objects.requireNonNull(option, "option");
        if (!option.isObject()) {
            throw new IllegalArgumentException("An ECharts option is a JSON object, not " + option.getNodeType());
        }
        this.option = (ObjectNode) option.deepCopy();
        getElement().setPropertyJson("option", this.option.deepCopy());
    }

    /** Replaces the chart's option, given as JSON text. */
    public void setOption(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode parsed;
        try {
            parsed = JacksonUtils.getMapper().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
        }
        setOption(parsed);
    }

    /** Replaces the chart's option with the one built so far. */
    public void setOption(EChartOptions option) {
        setOption(Objects.requireNonNull(option, "option").build());
    }

    /** A copy of the current option. */
    public ObjectNode getOption() {
        return option.deepCopy();
    }

    /** Called when the user clicks a data point (a bar, a line symbol, a pie slice, ...). */
    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }
}
