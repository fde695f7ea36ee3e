package app.momentum.journey.ui;

import app.momentum.base.ui.Formats;
import app.momentum.journey.collab.JourneyActivity;
import app.momentum.journey.collab.JourneyCollaboration;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

/** The journey's history: who changed what and when, old → new for the main fields. */
class HistoryPanel extends VerticalLayout {

    HistoryPanel(JourneyCollaboration collaboration, UUID journeyId, MapContext context) {
        addClassName("history-panel");
        setId("history-panel");
        setPadding(false);
        List<JourneyActivity> entries = collaboration.history(journeyId);
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("history.empty")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(Formats.DEFAULT_ZONE);
        for (JourneyActivity entry : entries) {
            Div item = new Div();
            item.addClassName("history-item");
            Span who = new Span(context.memberName(entry.getUserId()).orElse(getTranslation("history.someone")));
            who.addClassName("history-who");
            Span at = new Span(when.format(entry.getAt()));
            at.addClassName("history-when");
            Paragraph what = new Paragraph(getTranslation("activity." + entry.getAction().name(),
                    entry.getSubject() == null ? "" : entry.getSubject()));
            what.addClassName("history-what");
            item.add(who, at, what);
            for (JourneyActivity.FieldChange change : entry.getChanges()) {
                Div line = new Div(getTranslation("conflict.change", getTranslation(change.fieldKey()),
                        display(change.fieldKey(), change.oldValue(), context), display(change.fieldKey(), change.newValue(), context)));
                line.addClassName("history-change");
                item.add(line);
            }
            add(item);
        }
    }

    /** Stored values are codes and ids; show them as the user knows them. */
    private String display(String field, String value, MapContext context) {
        if (value == null || value.isEmpty()) {
            return "–";
        }
        return switch (field) {
            case "moment.target" -> getTranslation("targetLevel." + value);
            case "moment.nature" -> getTranslation("nature." + value);
            case "moment.momentOfTruth", "moment.brandMoment" -> getTranslation(Boolean.parseBoolean(value) ? "conflict.yes" : "conflict.no");
            case "moment.discipline" -> {
                String name = context.disciplineName(UUID.fromString(value));
                yield name == null ? "–" : name;
            }
            default -> value;
        };
    }
}
