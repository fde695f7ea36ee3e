package app.momentum.base.ui;

import app.momentum.base.UserFacingException;
import com.vaadin.flow.component.Component;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a user's change and turns a refusal into a message in their language: a broken rule, someone
 * else's newer change (detected when the transaction commits), or a clash with data saved meanwhile.
 */
public final class UiActions {

    private UiActions() {
    }

    /** @return true when the change went through */
    public static boolean attempt(Component context, Runnable change) {
        try {
            change.run();
            return true;
        } catch (UserFacingException problem) {
            Notifications.error(context, problem);
        } catch (OptimisticLockingFailureException stale) {
            Notifications.error(context.getTranslation("error.concurrentEdit"));
        } catch (DataIntegrityViolationException clash) {
            Notifications.error(context.getTranslation("error.conflict"));
        }
        return false;
    }
}
