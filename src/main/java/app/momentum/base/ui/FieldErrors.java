package app.momentum.base.ui;

import app.momentum.base.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/**
 * Shows a refused input where it belongs: on the field the message is about when there is one, otherwise
 * as a notification. Messages are translated into the user's language.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * @param fieldsByMessageKey the field each message key is about, e.g. "validation.email" → the email field
     */
    public static void show(Component context, UserFacingException problem,
                            Map<String, ? extends HasValidation> fieldsByMessageKey) {
        String message = Notifications.message(context, problem);
        HasValidation field = fieldsByMessageKey.get(problem.messageKey());
        if (field == null) {
            Notifications.error(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
