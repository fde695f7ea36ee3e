package app.momentum.journey.ui;

import app.momentum.base.ui.AppDialog;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.TextLimits;
import app.momentum.base.Texts;
import app.momentum.journey.FieldConflict;
import app.momentum.journey.MomentField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.HasItemComponents;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Someone else saved other values for fields this user changed too: per field, both values side by side, and the
 * user picks theirs or their own, or for a text types a new one. Nothing is stored here: Apply hands the choices to
 * {@code onResolve} (which saves them, merged again), Cancel stores nothing and says so. Used by the moment form
 * and by the canvas.
 */
public class MergeDialog extends AppDialog {

    /** What the user keeps for a field. */
    enum Pick { THEIRS, MINE, EDIT }

    private final List<Row> rows = new ArrayList<>();

    /**
     * @param conflicts the fields in conflict, in the order shown
     * @param valueText a field's value as the user reads it (names, not ids; plain text)
     * @param onResolve receives the value chosen for every conflicting field
     * @param onCancel runs after the user cancelled (nothing was saved)
     */
    public MergeDialog(List<FieldConflict> conflicts, BiFunction<MomentField, Object, String> valueText,
                       Consumer<Map<MomentField, Object>> onResolve, Runnable onCancel) {
        setId("merge-dialog");
        addClassName("merge-dialog");
        setHeaderTitle(getTranslation("merge.title"));
        add(new Paragraph(getTranslation("merge.text")));
        for (FieldConflict conflict : conflicts) {
            Row row = new Row(conflict, valueText);
            rows.add(row);
            add(row.layout);
        }
        Button apply = new Button(getTranslation("merge.apply"), e -> apply(onResolve));
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.setId("merge-apply");
        Button cancel = new Button(getTranslation("action.cancel"), e -> cancel(onCancel));
        cancel.setId("merge-cancel");
        getFooter().add(cancel, apply);
        // Esc cancels like the button: the user must learn that nothing was saved
        setCloseOnOutsideClick(false);
        addDialogCloseActionListener(e -> cancel(onCancel));
        setWidth("48rem");
    }

    private void apply(Consumer<Map<MomentField, Object>> onResolve) {
        boolean complete = true;
        for (Row row : rows) {
            complete &= row.decided();
        }
        if (!complete) {
            return;
        }
        Map<MomentField, Object> choices = new EnumMap<>(MomentField.class);
        rows.forEach(row -> choices.put(row.conflict.field(), row.choice()));
        close();
        onResolve.accept(choices);
    }

    private void cancel(Runnable onCancel) {
        close();
        Notifications.error(getTranslation("merge.cancelled"));
        onCancel.run();
    }

    /** One conflicting field: its label, theirs and yours side by side, the pick, and a text to edit. */
    private final class Row {

        private final FieldConflict conflict;
        private final Div layout = new Div();
        private final RadioButtonGroup<Pick> pick = new RadioButtonGroup<>();
        private final TextArea edited = new TextArea();

        Row(FieldConflict conflict, BiFunction<MomentField, Object, String> valueText) {
            this.conflict = conflict;
            String field = conflict.field().name();
            String label = getTranslation(conflict.field().labelKey());
            layout.setId("merge-row-" + field);
            layout.addClassName("merge-row");
            Span name = new Span(label);
            name.addClassName("merge-field");
            Div values = new Div(side("merge.theirs", valueText.apply(conflict.field(), conflict.theirs()), "merge-theirs-" + field),
                    side("merge.yours", valueText.apply(conflict.field(), conflict.mine()), "merge-mine-" + field));
            values.addClassName("merge-values");
            pick.setId("merge-pick-" + field);
            pick.setAriaLabel(label);
            pick.setItems(conflict.field().isText() ? List.of(Pick.THEIRS, Pick.MINE, Pick.EDIT) : List.of(Pick.THEIRS, Pick.MINE));
            pick.setItemLabelGenerator(p -> getTranslation(switch (p) {
                case THEIRS -> "merge.pickTheirs";
                case MINE -> "merge.pickMine";
                case EDIT -> "merge.pickEdit";
            }));
            pick.setRequired(true);
            pick.addValueChangeListener(e -> {
                pick.setInvalid(false);
                edited.setVisible(e.getValue() == Pick.EDIT);
            });
            layout.add(name, values, pick);
            if (conflict.field().isText()) {
                edited.setId("merge-text-" + field);
                edited.setLabel(getTranslation("merge.editedText", label));
                edited.setValue(Objects.requireNonNullElse((String) conflict.mine(), ""));
                TextLimits.limit(edited, conflict.field().kind() == MomentField.Kind.LONG_TEXT ? Texts.LONG : 200);
                edited.setWidthFull();
                edited.setVisible(false);
                layout.add(edited);
            }
            // the radio buttons are the group's children, one per pick: ids tests and assistive tools can use
            pick.getChildren().filter(c -> c instanceof HasItemComponents.ItemComponent<?>).forEach(c -> {
                Pick item = (Pick) ((HasItemComponents.ItemComponent<?>) c).getItem();
                c.setId(switch (item) {
                    case THEIRS -> "merge-pick-theirs-" + field;
                    case MINE -> "merge-pick-mine-" + field;
                    case EDIT -> "merge-edit-" + field;
                });
            });
        }

        private Div side(String captionKey, String text, String id) {
            Span caption = new Span(getTranslation(captionKey));
            caption.addClassName("merge-caption");
            Div value = new Div(text);
            value.setId(id);
            value.addClassName("merge-value");
            Div side = new Div(caption, value);
            side.addClassName("merge-side");
            return side;
        }

        /** Marks the row when the user has not picked yet. */
        boolean decided() {
            boolean decided = pick.getValue() != null;
            if (!decided) {
                pick.setErrorMessage(getTranslation("merge.pickOne"));
                pick.setInvalid(true);
            }
            return decided;
        }

        Object choice() {
            return switch (pick.getValue()) {
                case THEIRS -> conflict.theirs();
                case MINE -> conflict.mine();
                case EDIT -> edited.getValue();
            };
        }
    }
}
