package app.momentum.brand.ui;

import app.momentum.base.UserFacingException;
import app.momentum.base.ui.Notifications;
import com.vaadin.flow.component.Component;

/** What the brand tabs share: run a change, show a refusal, refresh. */
final class BrandTabs {

    private BrandTabs() {
    }

    static void apply(Component context, Runnable change, Runnable refresh) {
        try {
            change.run();
        } catch (UserFacingException problem) {
            Notifications.error(context, problem);
        }
        refresh.run();
    }
}
