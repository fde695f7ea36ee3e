package app.momentum.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The small buttons beside an item in an editable list: edit, move up, move down, delete (after asking). */
public class ItemActions extends HorizontalLayout {

    public ItemActions() {
        setSpacing(false);
        addClassName("item-actions");
    }

    public ItemActions edit(Runnable action) {
        return add(VaadinIcon.EDIT, "item.edit", action);
    }

    public ItemActions moveUp(Runnable action) {
        return add(VaadinIcon.ARROW_UP, "action.moveUp", action);
    }

    public ItemActions moveDown(Runnable action) {
        return add(VaadinIcon.ARROW_DOWN, "action.moveDown", action);
    }

    /**
     * Both moves, the one that is not possible (the first item up, the last down) shown disabled rather than left out,
     * so the buttons of all rows stand in the same columns.
     */
    public ItemActions moves(boolean canMoveUp, Runnable up, boolean canMoveDown, Runnable down) {
        moveUp(up);
        getComponentAt(getComponentCount() - 1).getElement().setEnabled(canMoveUp);
        moveDown(down);
        getComponentAt(getComponentCount() - 1).getElement().setEnabled(canMoveDown);
        return this;
    }

    /** Deletes after a confirmation that names the item. */
    public ItemActions delete(String itemName, Runnable action) {
        Button delete = button(VaadinIcon.TRASH, "action.delete", () -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("confirmDelete.title"),
                    getTranslation("confirmDelete.text", itemName), getTranslation("action.delete"), e -> action.run());
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.ERROR);
        add(delete);
        return this;
    }

    private ItemActions add(VaadinIcon icon, String labelKey, Runnable action) {
        add(button(icon, labelKey, action));
        return this;
    }

    private Button button(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
