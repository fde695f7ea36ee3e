package app.momentum.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * One cockpit tile: a heading that opens the page behind it (filtered where that page reads a filter), a figure, lines
 * and an empty state that says what to do next. Plain Divs; links by route so the dashboard imports no other view.
 */
class Tile extends Div {

    private final UnorderedList lines = new UnorderedList();

    Tile(String id, String title, String href) {
        setId(id);
        addClassName("cockpit-tile");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("background", "var(--lumo-base-color)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("min-width", "0");
        H2 heading = new H2(link(title, href));
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        add(heading);
        lines.addClassName("cockpit-lines");
        lines.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
    }

    /** A link the router follows without reloading the page. */
    static Anchor link(String text, String href) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    /** The tile's big number with what it counts. */
    Tile figure(String id, String value, String caption) {
        Span number = new Span(value);
        number.setId(id);
        number.addClassName("cockpit-figure");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600")
                .set("line-height", "1");
        Span what = new Span(caption);
        what.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div row = new Div(number, what);
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                .set("flex-wrap", "wrap");
        add(row);
        return this;
    }

    /** A line of the tile's list (text or components). */
    Tile line(Component... content) {
        if (lines.getParent().isEmpty()) {
            add(lines);
        }
        lines.add(new ListItem(content));
        return this;
    }

    Tile line(String text) {
        return line(new Span(text));
    }

    /** What the tile would show and what to do to get it. */
    Tile empty(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("cockpit-empty");
        empty.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        add(empty);
        return this;
    }

    Tile note(String text) {
        Paragraph note = new Paragraph(text);
        note.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        add(note);
        return this;
    }

    /** The number of lines, for tests. */
    int lineCount() {
        return (int) lines.getChildren().count();
    }
}
