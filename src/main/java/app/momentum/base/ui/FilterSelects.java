package app.momentum.base.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;

/** Filter selects of the list and board views: the items plus an empty choice that means "all". */
public final class FilterSelects {

    private FilterSelects() {
    }

    /** Labels the select, fills it with the items by their names, and offers {@code all} as the empty choice. */
    public static <T> void withAll(Select<T> select, String label, List<T> items, Function<T, String> name, String all) {
        select.setLabel(label);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.setItemLabelGenerator(item -> item == null ? all : name.apply(item));
    }
}
