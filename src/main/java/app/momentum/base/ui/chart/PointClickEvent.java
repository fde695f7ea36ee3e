package app.momentum.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;

/**
 * A click on a data point of an {@link EChart}, sent by the browser as the DOM event {@code chart-click}.
 *
 * <p>{@link #getId()} is the {@code id} of the clicked data item, when the item was given as an object with
 * an id (see {@link EChartOptions.Series#point(String, String, Number)}): use it to find the domain object behind
 * the point, rather than trusting its name or position.
 */
@DomEvent("chart-click")
public class PointClickEvent extends ComponentEvent<EChart> {

    private final int seriesIndex;
    private final int dataIndex;
    private final String id;
    private final String name;
    private final String seriesName;

    public PointClickEvent(EChart source, boolean fromClient,
                           @EventData("event.detail.seriesIndex") int seriesIndex,
                           @EventData("event.detail.dataIndex") int dataIndex,
                           @EventData("event.detail.id") String id,
                           @EventData("event.detail.name") String name,
                           @EventData("event.detail.seriesName") String seriesName) {
        super(source, fromClient);
        this.seriesIndex = seriesIndex;
        this.dataIndex = dataIndex;
        this.id = id;
        this.name = name;
        this.seriesName = seriesName;
    }

    /** Index of the clicked series in the option's {@code series} array. */
    public int getSeriesIndex() {
        return seriesIndex;
    }

    /** Index of the clicked item in its series' {@code data} array. */
    public int getDataIndex() {
        return dataIndex;
    }

    /** The {@code id} field of the clicked data item, if it has one. */
    public Optional<String> getId() {
        return Optional.ofNullable(id).filter(s -> !s.isEmpty());
    }

    /** The name of the clicked item (its category on a category axis), if any. */
    public Optional<String> getName() {
        return Optional.ofNullable(name).filter(s -> !s.isEmpty());
    }

    /** The name of the clicked series, if it has one. */
    public Optional<String> getSeriesName() {
        return Optional.ofNullable(seriesName).filter(s -> !s.isEmpty());
    }
}
