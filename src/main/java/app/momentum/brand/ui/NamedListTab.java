package app.momentum.brand.ui;

import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.FieldErrors;
import app.momentum.base.ui.ItemActions;
import app.momentum.base.ui.TextLimits;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** An ordered list of names the tenant keeps (channels, disciplines): add, rename, order, delete. */
class NamedListTab<T> extends VerticalLayout {

    /** How the tab reaches the list's service. */
    interface Operations<T> {
        List<T> list();

        void save(UUID id, Long version, String name);

        void delete(UUID id);

        void move(UUID id, int direction);
    }

    private final transient Operations<T> operations;
    private final Grid<T> grid = new Grid<>();

    /**
     * @param keyPrefix translation keys: {prefix}.intro, .name, .add, .rename, .empty, .error.nameTaken
     */
    NamedListTab(String keyPrefix, boolean editable, Operations<T> operations, Function<T, UUID> id,
                 Function<T, Long> version, Function<T, String> name) {
        this.operations = operations;
        setPadding(false);
        setMaxWidth("40rem");
        add(new Paragraph(getTranslation(keyPrefix + ".intro")));
        if (editable) {
            TextField newName = new TextField();
            newName.setPlaceholder(getTranslation(keyPrefix + ".name"));
            newName.setAriaLabel(getTranslation(keyPrefix + ".name"));
            TextLimits.limit(newName, Texts.SHORT);
            newName.setId(keyPrefix.replace('.', '-') + "-new");
            Button add = new Button(getTranslation(keyPrefix + ".add"), VaadinIcon.PLUS.create(), e -> {
                try {
                    operations.save(null, null, newName.getValue());
                    newName.clear();
                    newName.setInvalid(false);
                    refresh();
                } catch (UserFacingException problem) {
                    FieldErrors.show(this, problem, Map.of("brand.error.nameRequired", newName,
                            keyPrefix + ".error.nameTaken", newName, "validation.tooLong", newName));
                }
            });
            add.addClickShortcut(Key.ENTER).listenOn(newName);
            add.setId(keyPrefix.replace('.', '-') + "-add");
            add(new HorizontalLayout(newName, add));
        }
        grid.addColumn(name::apply).setHeader(getTranslation(keyPrefix + ".name"));
        if (editable) {
            grid.addComponentColumn(item -> new ItemActions()
                    .edit(() -> rename(keyPrefix, id.apply(item), version.apply(item), name.apply(item)))
                    .moveUp(() -> BrandTabs.apply(this, () -> operations.move(id.apply(item), -1), this::refresh))
                    .moveDown(() -> BrandTabs.apply(this, () -> operations.move(id.apply(item), 1), this::refresh))
                    .delete(name.apply(item), () -> BrandTabs.apply(this, () -> operations.delete(id.apply(item)), this::refresh)))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(keyPrefix + ".empty"));
        add(grid);
        refresh();
    }

    private void rename(String keyPrefix, UUID itemId, Long itemVersion, String current) {
        TextField field = new TextField(getTranslation(keyPrefix + ".name"));
        field.setValue(current);
        TextLimits.limit(field, Texts.SHORT);
        new EditorDialog(getTranslation(keyPrefix + ".rename"), () -> operations.save(itemId, itemVersion, field.getValue()),
                this::refresh)
                .withFields(field)
                .errorsOn(field, "brand.error.nameRequired", keyPrefix + ".error.nameTaken", "validation.tooLong")
                .open();
    }

    private void refresh() {
        grid.setItems(operations.list());
    }
}
