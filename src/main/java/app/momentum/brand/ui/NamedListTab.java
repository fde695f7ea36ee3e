package app.momentum.brand.ui;

import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.FieldErrors;
import app.momentum.base.ui.ItemActions;
import app.momentum.base.ui.TextLimits;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An ordered list of named things the tenant keeps: an intro, a way to add, the items, and per item edit, move and
 * delete. Each list is a {@link Config}, not a class of its own. Channels and disciplines are a name only: a grid and
 * an inline add field. Brand values and personas carry more ({@link Config#cards}): cards, and a dialog that asks the
 * name and their other fields.
 */
class NamedListTab<T> extends VerticalLayout {

    /** How the tab reaches the list's service. */
    interface Operations<T> {
        List<T> list();

        /** Only lists of names save here; lists with cards save through their {@link Fields}. */
        default void save(UUID id, Long version, String name) {
            throw new UnsupportedOperationException("a list with cards saves through its fields");
        }

        void delete(UUID id);

        /** Moves an item one place up (-1) or down (1); only called for ordered lists. */
        default void move(UUID id, int direction) {
            throw new UnsupportedOperationException("this list has no order of its own");
        }
    }

    /** The dialog's fields after the name: adds them to the form and returns how to save the whole item. */
    interface Fields<T> {
        Runnable add(Form<T> form);
    }

    /**
     * One list: translation keys {prefix}.intro, .name, .add, .empty, and .rename (names) or .edit (cards); a list of
     * names also refuses a taken name with {prefix}.error.nameTaken.
     */
    static final class Config<T> {
        private final String keyPrefix;
        private final boolean editable;
        private final Operations<T> operations;
        private final Function<T, UUID> id;
        private final Function<T, Long> version;
        private final Function<T, String> name;
        private boolean ordered = true;
        private String addButtonId;
        private BiConsumer<T, Card> describe;
        private String nameFieldId;
        private String[] nameErrors;
        private Fields<T> fields;

        Config(String keyPrefix, boolean editable, Operations<T> operations, Function<T, UUID> id,
               Function<T, Long> version, Function<T, String> name) {
            this.keyPrefix = keyPrefix;
            this.editable = editable;
            this.operations = operations;
            this.id = id;
            this.version = version;
            this.name = name;
            this.nameErrors = new String[] {"brand.error.nameRequired", keyPrefix + ".error.nameTaken", "validation.tooLong"};
        }

        /** The list keeps the order the service gives; items cannot be moved. */
        Config<T> unordered() {
            this.ordered = false;
            return this;
        }

        /**
         * Shows the items as cards titled with their name, the rest filled in by {@code describe}; an add button with
         * {@code addButtonId} opens the dialog, whose required name field has {@code nameFieldId} and shows the
         * refusals with {@code nameErrors}; {@code fields} adds the other fields and saves.
         */
        Config<T> cards(String addButtonId, BiConsumer<T, Card> describe, String nameFieldId, Fields<T> fields,
                        String... nameErrors) {
            this.addButtonId = addButtonId;
            this.describe = describe;
            this.nameFieldId = nameFieldId;
            this.fields = fields;
            this.nameErrors = nameErrors;
            return this;
        }

        private boolean asCards() {
            return describe != null;
        }
    }

    /** The add or edit dialog while it is built: the name field is in it, more fields follow in the order added. */
    static final class Form<T> {
        private final Config<T> config;
        private final T item;
        private final TextField name;
        private final EditorDialog dialog;

        private Form(Config<T> config, T item, TextField name, EditorDialog dialog) {
            this.config = config;
            this.item = item;
            this.name = name;
            this.dialog = dialog;
        }

        /** The item edited, or null when one is added. */
        T item() {
            return item;
        }

        UUID id() {
            return item == null ? null : config.id.apply(item);
        }

        Long version() {
            return item == null ? null : config.version.apply(item);
        }

        /** The name as typed. */
        String name() {
            return name.getValue();
        }

        EditorDialog dialog() {
            return dialog;
        }

        /** A long text (with its limit and counter), filled from the item, whose refusals the service names {@code field}. */
        TextArea area(String labelKey, String field, Function<T, String> value) {
            TextArea area = new TextArea(dialog.getTranslation(labelKey));
            TextLimits.limit(area, Texts.LONG);
            if (item != null) {
                area.setValue(BrandTabs.orEmpty(value.apply(item)));
            }
            dialog.withFields(area).errorsOn(area, field);
            return area;
        }
    }

    private final Config<T> config;
    private final Grid<T> grid = new Grid<>();
    private final Div cards = new Div();

    /** A list of names: a grid, an inline add field, a rename dialog. */
    NamedListTab(String keyPrefix, boolean editable, Operations<T> operations, Function<T, UUID> id,
                 Function<T, Long> version, Function<T, String> name) {
        this(new Config<>(keyPrefix, editable, operations, id, version, name));
    }

    NamedListTab(Config<T> config) {
        this.config = config;
        setPadding(false);
        add(new Paragraph(getTranslation(config.keyPrefix + ".intro")));
        if (config.asCards()) {
            if (config.editable) {
                Button add = new Button(getTranslation(config.keyPrefix + ".add"), VaadinIcon.PLUS.create(), e -> edit(null));
                add.setId(config.addButtonId);
                add(add);
            }
            cards.addClassName("card-grid");
            add(cards);
        } else {
            setMaxWidth("40rem");
            if (config.editable) {
                add(inlineAdd());
            }
            grid.addColumn(config.name::apply).setHeader(getTranslation(config.keyPrefix + ".name"));
            if (config.editable) {
                grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
            }
            grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
            grid.setAllRowsVisible(true);
            grid.setEmptyStateText(getTranslation(config.keyPrefix + ".empty"));
            add(grid);
        }
        refresh();
    }

    private HorizontalLayout inlineAdd() {
        String label = getTranslation(config.keyPrefix + ".name");
        String idPrefix = config.keyPrefix.replace('.', '-');
        TextField newName = new TextField();
        newName.setPlaceholder(label);
        newName.setAriaLabel(label);
        TextLimits.limit(newName, Texts.SHORT);
        newName.setId(idPrefix + "-new");
        Button add = new Button(getTranslation(config.keyPrefix + ".add"), VaadinIcon.PLUS.create(), e -> {
            try {
                config.operations.save(null, null, newName.getValue());
                newName.clear();
                newName.setInvalid(false);
                refresh();
            } catch (UserFacingException problem) {
                FieldErrors.show(this, problem, Arrays.stream(config.nameErrors)
                        .collect(Collectors.toMap(key -> key, key -> newName)));
            }
        });
        add.addClickShortcut(Key.ENTER).listenOn(newName);
        add.setId(idPrefix + "-add");
        return new HorizontalLayout(newName, add);
    }

    private ItemActions actions(T item) {
        UUID itemId = config.id.apply(item);
        ItemActions actions = new ItemActions().edit(() -> edit(item));
        if (config.ordered) {
            actions.moveUp(() -> run(() -> config.operations.move(itemId, -1)))
                    .moveDown(() -> run(() -> config.operations.move(itemId, 1)));
        }
        return actions.delete(config.name.apply(item), () -> run(() -> config.operations.delete(itemId)));
    }

    /** Opens the dialog for {@code item}, or for a new one when it is null. */
    private void edit(T item) {
        TextField name = new TextField(getTranslation(config.keyPrefix + ".name"));
        TextLimits.limit(name, Texts.SHORT);
        if (config.asCards()) {
            name.setRequired(true);
            name.setId(config.nameFieldId);
        }
        if (item != null) {
            name.setValue(config.name.apply(item));
        }
        String titleKey = item == null ? ".add" : config.asCards() ? ".edit" : ".rename";
        EditorDialog dialog = new EditorDialog(getTranslation(config.keyPrefix + titleKey));
        dialog.withFields(name).errorsOn(name, config.nameErrors);
        Form<T> form = new Form<>(config, item, name, dialog);
        Runnable save = config.asCards() ? config.fields.add(form)
                : () -> config.operations.save(form.id(), form.version(), form.name());
        dialog.onSave(save, this::refresh);
        dialog.open();
    }

    private void run(Runnable change) {
        BrandTabs.apply(this, change, this::refresh);
    }

    private void refresh() {
        List<T> items = config.operations.list();
        if (!config.asCards()) {
            grid.setItems(items);
            return;
        }
        cards.removeAll();
        if (items.isEmpty()) {
            cards.add(new Paragraph(getTranslation(config.keyPrefix + ".empty")));
        }
        for (T item : items) {
            Card card = new Card();
            card.setTitle(config.name.apply(item));
            config.describe.accept(item, card);
            if (config.editable) {
                card.setHeaderSuffix(actions(item));
            }
            cards.add(card);
        }
    }
}
