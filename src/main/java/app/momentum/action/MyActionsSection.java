package app.momentum.action;

import com.vaadin.flow.component.Component;

/**
 * A part of the current user's "My actions" page that another module owns (e.g. measurement: the respondents
 * waiting for the user's follow-up call). The page shows every section the application offers above the user's
 * actions, so action does not depend on the modules that add to it.
 */
public interface MyActionsSection {

    /** A new section for the page being built, for the logged-in user. */
    Component create();
}
