package app.momentum.journey.ui;

import app.momentum.base.UserFacingException;
import app.momentum.base.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the collaboration panels of a map share (baselines of the journey, comments on a moment): a list of what
 * colleagues added, with a line when there is nothing yet, and one text field to add to it. Each panel says where
 * the list and the field go, how one item looks and what adding does.
 */
abstract class CollabListPanel<T> extends VerticalLayout {

    protected final MapContext context;
    private final String emptyKey;
    private final Div list = new Div();

    /** @param id the panel's id and class name */
    CollabListPanel(String id, MapContext context, String emptyKey) {
        this.context = context;
        this.emptyKey = emptyKey;
        addClassName(id);
        setId(id);
        setPadding(false);
    }

    /** The items as they are now. */
    protected abstract List<T> items();

    /** One item as the panel shows it. */
    protected abstract Component show(T item);

    /** The list of items; the subclass places it. */
    protected final Div list() {
        return list;
    }

    void refresh() {
        list.removeAll();
        List<T> items = items();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation(emptyKey)));
        }
        items.forEach(item -> list.add(show(item)));
    }

    /**
     * A button that adds what {@code field} holds: on success the field is emptied and the list refreshed, a refusal
     * shows on the field (the message keys it may come with: {@code errorKeys}).
     */
    protected <F extends HasValue<?, String> & HasValidation> Button addButton(String labelKey, F field,
                                                                              Consumer<String> add, String... errorKeys) {
        return new Button(getTranslation(labelKey), e -> {
            try {
                add.accept(field.getValue());
                field.clear();
                field.setInvalid(false);
                refresh();
            } catch (UserFacingException problem) {
                FieldErrors.show(this, problem, Arrays.stream(errorKeys).collect(Collectors.toMap(key -> key, key -> field)));
            }
        });
    }

    /** The colleague's name, or "someone" once they are no longer a member. */
    protected String who(UUID userId) {
        return context.memberName(userId).orElse(getTranslation("history.someone"));
    }
}
