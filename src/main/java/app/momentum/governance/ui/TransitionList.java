package app.momentum.governance.ui;

import app.momentum.base.ui.Formats;
import app.momentum.governance.LifeCycle.Transition;
import app.momentum.governance.domain.GateCriterion;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/** A journey's moves through the gates, newest first: when, from → to, by whom, the note, and any override. */
class TransitionList extends Div {

    TransitionList(List<Transition> transitions) {
        setId("life-cycle-history");
        addClassName("life-cycle-history");
        add(new H3(getTranslation("lifeCycle.history")));
        if (transitions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("lifeCycle.noHistory"));
            none.setId("life-cycle-no-history");
            add(none);
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(Formats.DEFAULT_ZONE);
        for (Transition transition : transitions) {
            Div entry = new Div();
            entry.addClassName("life-cycle-transition");
            entry.add(new Paragraph(getTranslation("lifeCycle.transition", when.format(transition.at()),
                    getTranslation("stage." + transition.from().name()),
                    getTranslation("stage." + transition.to().name()), transition.byName(), transition.cycle())));
            transition.overrideReason().ifPresent(reason -> {
                Span override = new Span(getTranslation("lifeCycle.override", reason));
                override.addClassNames("tag", "tag-warning", "life-cycle-override");
                entry.add(override);
                if (!transition.failingAtTheTime().isEmpty()) {
                    entry.add(new Paragraph(getTranslation("lifeCycle.failedThen", transition.failingAtTheTime()
                            .stream().map(this::criterion).collect(Collectors.joining("; ")))));
                }
            });
            if (transition.note() != null) {
                Paragraph note = new Paragraph(transition.note());
                note.addClassName("life-cycle-note");
                entry.add(note);
            }
            add(entry);
        }
    }

    private String criterion(GateCriterion criterion) {
        return getTranslation("gateCriterion." + criterion.name());
    }
}
