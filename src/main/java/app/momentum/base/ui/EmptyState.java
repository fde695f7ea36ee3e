package app.momentum.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What a page shows while it has nothing to list: what the page is for, and the next step for this user,
 * with the button to take it where their role may act. A list that is empty only because of its filters
 * says so instead ({@link #noMatches}), so nobody is told to "change the filters" when none are set.
 */
public class EmptyState extends Div {

    /** Text is plain (never HTML): titles and hints may name user data. */
    public EmptyState(VaadinIcon icon, String title, String purpose) {
        addClassName("empty-state");
        Icon symbol = icon.create();
        symbol.addClassName("empty-state-icon");
        symbol.getElement().setAttribute("aria-hidden", "true");
        H2 heading = new H2(title);
        heading.addClassName("empty-state-title");
        Paragraph what = new Paragraph(purpose);
        what.addClassName("empty-state-purpose");
        add(symbol, heading, what);
    }

    /** The next step, in words (e.g. who else can act when this user cannot). */
    public EmptyState nextStep(String text) {
        Paragraph next = new Paragraph(text);
        next.addClassName("empty-state-next");
        add(next);
        return this;
    }

    /** The button that takes the next step; only add it where the user's role may act. */
    public EmptyState action(Button button) {
        button.addClassName("empty-state-action");
        add(button);
        return this;
    }

    /** Extra content, e.g. a link to another page. */
    public EmptyState with(Component component) {
        add(component);
        return this;
    }

    /** A short note for a list whose filters leave nothing. */
    public static EmptyState noMatches(String text) {
        EmptyState state = new EmptyState(VaadinIcon.FILTER, text, "");
        state.getChildren().filter(Paragraph.class::isInstance).findFirst().ifPresent(state::remove);
        state.addClassName("empty-state-no-matches");
        return state;
    }

    /**
     * Sets what {@code grid} shows while it has no rows: the empty state when nothing exists yet, the
     * "no matches" note when {@code filtered}.
     */
    public static void showIn(Grid<?> grid, boolean filtered, EmptyState nothingYet, EmptyState noMatches) {
        grid.setEmptyStateComponent(filtered ? noMatches : nothingYet);
    }
}
