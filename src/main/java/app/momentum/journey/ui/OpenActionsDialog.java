package app.momentum.journey.ui;

import app.momentum.base.ui.TextLimits;
import app.momentum.base.ui.AppDialog;
import app.momentum.journey.internal.Moment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;

/** Deleting a moment with open actions: keep them at the journey level, or drop them with a reason. */
class OpenActionsDialog extends AppDialog {

    /** @param decision (drop, reason): what to do with the open actions before the moment goes */
    OpenActionsDialog(Moment moment, BiConsumer<Boolean, String> decision) {
        setHeaderTitle(getTranslation("openActions.title", moment.getTitle()));
        setId("open-actions-dialog");
        add(new Paragraph(getTranslation("openActions.text")));
        TextArea reason = new TextArea(getTranslation("action.dropReason"));
        reason.setWidthFull();
        TextLimits.limit(reason, 2000);
        add(reason);
        Button keep = new Button(getTranslation("openActions.keep"), e -> {
            close();
            decision.accept(false, null);
        });
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.setId("open-actions-keep");
        Button drop = new Button(getTranslation("openActions.drop"), e -> {
            close();
            decision.accept(true, reason.getValue());
        });
        drop.addThemeVariants(ButtonVariant.ERROR);
        drop.setId("open-actions-drop");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), drop, keep);
        setWidth("34rem");
    }
}
