package app.momentum.journey.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;

/** Filter selects with an "all" choice. */
final class JourneyLabels {

    private JourneyLabels() {
    }

    static <T> void configure(Select<T> select, String label, List<T> items, Function<T, String> name, String all) {
        select.setLabel(label);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.setItemLabelGenerator(item -> item == null ? all : name.apply(item));
    }
}
