package app.momentum.base.ui;

import app.momentum.base.ConfirmationNeeded;
import app.momentum.base.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;

/**
 * A dialog that edits one item: a form, Save (also on Enter) and Cancel. A refused save keeps the dialog
 * open and shows the message on the field it is about; nothing is saved half. A warning the service raises
 * ({@link ConfirmationNeeded}) is asked as a question, and the save runs again once the user confirms.
 */
public class EditorDialog extends AppDialog {

    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fieldsByMessageKey = new HashMap<>();
    private final Set<String> confirmed = new HashSet<>();
    private Runnable save = () -> { };
    private Runnable afterSave = () -> { };

    /**
     * @param save stores the form; throws {@link UserFacingException} when the input is refused
     * @param afterSave runs once the save succeeded and the dialog closed
     */
    public EditorDialog(String title, Runnable save, Runnable afterSave) {
        this(title);
        onSave(save, afterSave);
    }

    /** A dialog whose save action is set later with {@link #onSave}, once its fields exist. */
    public EditorDialog(String title) {
        setHeaderTitle(title);
        add(form);
        Button saveButton = new Button(getTranslation("action.save"), e -> trySave());
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.addClickShortcut(Key.ENTER);
        saveButton.setId("editor-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), saveButton);
        setWidth("40rem");
    }

    private void trySave() {
        try {
            save.run();
            close();
            afterSave.run();
        } catch (ConfirmationNeeded warning) {
            askToConfirm(warning);
        } catch (UserFacingException problem) {
            FieldErrors.show(this, problem, fieldsByMessageKey);
        } catch (RuntimeException other) {
            // stale versions and clashes found at commit: the same messages as everywhere else
            UiActions.attempt(this, () -> {
                throw other;
            });
        }
    }

    /** The service warned: ask, and on "save anyway" save again with this warning confirmed. */
    private void askToConfirm(ConfirmationNeeded warning) {
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("editor-confirm");
        ask.setHeader(getTranslation("editor.confirm.title"));
        ask.setText(Notifications.message(this, warning));
        ask.setCancelable(true);
        ask.setCancelText(getTranslation("action.cancel"));
        ask.setConfirmText(getTranslation("editor.confirm.saveAnyway"));
        ask.addConfirmListener(e -> {
            confirmed.add(warning.messageKey());
            trySave();
        });
        ask.open();
    }

    /**
     * Whether the user confirmed the warning with this key in this dialog; the save action passes it on to the
     * service, which then lets the change through.
     */
    public boolean confirmed(String warningKey) {
        return confirmed.contains(warningKey);
    }

    public final void onSave(Runnable saveAction, Runnable afterSaveAction) {
        this.save = saveAction;
        this.afterSave = afterSaveAction;
    }

    /** Adds fields to the form. */
    public EditorDialog withFields(Component... fields) {
        form.add(fields);
        return this;
    }

    /**
     * Shows a refusal on {@code field}: keys are the service's field names (see {@code Validation.checks()}, all
     * refused fields are marked at once) or message keys of services that refuse one thing at a time.
     */
    public EditorDialog errorsOn(HasValidation field, String... messageKeys) {
        for (String key : messageKeys) {
            fieldsByMessageKey.put(key, field);
        }
        return this;
    }

    /** Lets a wide field (a text area) span the whole form. */
    public void fullWidth(Component field) {
        form.setColspan(field, 2);
    }
}
