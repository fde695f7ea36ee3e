package app.momentum.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A count beside a menu entry, such as the follow-up items open for the current member. Features provide these as
 * Spring beans, so the shell needs to know nothing about them; the shell asks again on every navigation.
 */
public interface MenuBadge {

    /** The view whose menu entry carries the count. */
    Class<? extends Component> view();

    /** The count for the current member in their working tenant; 0 shows nothing. */
    long count();

    /** The count in words for screen readers and the tooltip, e.g. "3 open for you", in the user's language. */
    String describe(Component context, long count);
}
