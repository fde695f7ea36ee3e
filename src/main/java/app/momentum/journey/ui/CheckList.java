package app.momentum.journey.ui;

import app.momentum.journey.JourneyMapService.JourneyMap;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.signature.CheckItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The signature check beside the map: each rule with its status, what it means, and the moments concerned. */
class CheckList extends VerticalLayout {

    /** Links per rule; more would bury the checklist on a large map. */
    private static final int MAX_LINKS = 12;

    CheckList(JourneyMapView view, JourneyMap map) {
        addClassName("check-list");
        setId("check-list");
        setPadding(false);
        add(new H2(getTranslation("check.title")));
        Map<UUID, Moment> moments = map.moments().stream().collect(Collectors.toMap(Moment::getId, Function.identity()));
        for (CheckItem item : map.check().shownItems()) {
            Div row = new Div();
            row.addClassName("check-item");
            row.addClassName("check-" + item.status().name().toLowerCase());
            row.setId("check-" + item.rule().key());
            Span title = new Span(getTranslation("check." + item.rule().key() + ".title"));
            title.addClassName("check-title");
            row.add(CheckBadges.status(this, item.status()), title);
            Paragraph result = new Paragraph(getTranslation(item.messageKey(), item.arguments().toArray()));
            result.addClassName("check-result");
            Paragraph explain = new Paragraph(getTranslation("check." + item.rule().key() + ".explain"));
            explain.addClassName("check-explain");
            row.add(result, explain);
            Div links = new Div();
            links.addClassName("badges");
            for (UUID momentId : item.momentIds().stream().limit(MAX_LINKS).toList()) {
                Moment moment = moments.get(momentId);
                if (moment != null) {
                    Button link = new Button(moment.getTitle(), e -> view.select(momentId));
                    link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.SMALL);
                    links.add(link);
                }
            }
            if (item.momentIds().size() > MAX_LINKS) {
                links.add(new Span(getTranslation("check.moreMoments", item.momentIds().size() - MAX_LINKS)));
            }
            row.add(links);
            add(row);
        }
    }
}
