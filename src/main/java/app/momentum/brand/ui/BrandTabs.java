package app.momentum.brand.ui;

import app.momentum.base.ui.UiActions;
import com.vaadin.flow.component.Component;

/** What the brand tabs share: run a change, show a refusal, refresh. */
final class BrandTabs {

    private BrandTabs() {
    }

    static void apply(Component context, Runnable change, Runnable refresh) {
        UiActions.attempt(context, change);
        refresh.run();
    }

    /** A stored text as a field value: fields take "" for nothing. */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
