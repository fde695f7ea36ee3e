package app.momentum.base.ui;

import app.momentum.base.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Feedback toasts; messages are always plain text, never HTML. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /** Shows a rule violation in the user's language. */
    public static void error(Component context, UserFacingException problem) {
        error(message(context, problem));
    }

    /** The problem in the user's language; arguments that are themselves translatable are translated too. */
    public static String message(Component context, UserFacingException problem) {
        Object[] arguments = problem.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof app.momentum.base.Translatable translatable) {
                arguments[i] = context.getTranslation(translatable.key());
            }
        }
        return context.getTranslation(problem.messageKey(), arguments);
    }
}
