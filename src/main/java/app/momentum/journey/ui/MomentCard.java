package app.momentum.journey.ui;

import app.momentum.journey.internal.Moment;
import app.momentum.journey.TargetLevel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A moment on the map: title, channel and badges (7+/9+, moment of truth, brand moment, owner discipline,
 * desired emotion). Light on purpose, since a map can hold hundreds: it has no listeners of its own; the map
 * listens once for clicks, Enter and drag and drop on all cards ({@link JourneyMapView}).
 */
class MomentCard extends Div {

    static final String ID_PREFIX = "moment-";

    /**
     * @param editedBy names of others editing this moment now, or null
     * @param measured the moment's result in the journey's latest survey, or null
     */
    MomentCard(Moment moment, MapContext context, boolean editable, boolean selected, String editedBy, long openActions,
               app.momentum.journey.MomentMeasurements.MeasuredMoment measured) {
        addClassName("moment-card");
        if (selected) {
            addClassName("selected");
        }
        setId(ID_PREFIX + moment.getId());
        // the moment's id for drag and drop (frontend/components/momentum-map-dnd.js)
        getElement().setAttribute("data-moment", moment.getId().toString());
        getElement().setAttribute("tabindex", "0");
        // named by its content (title, channel, badges), so what is read out matches what is seen (WCAG 2.5.3);
        // an aria-label of the title alone hid the rest from screen readers
        getElement().setAttribute("role", "button");
        if (editable) {
            getElement().setAttribute("draggable", "true");
        }
        Span title = new Span(moment.getTitle());
        title.addClassName("moment-title");
        add(title);
        String channel = context.channelName(moment.getChannelId());
        if (channel != null || moment.getOtherParty() != null) {
            Span where = new Span(channel == null ? moment.getOtherParty()
                    : moment.getOtherParty() == null ? channel : channel + " · " + moment.getOtherParty());
            where.addClassName("moment-channel");
            add(where);
        }
        Div badges = new Div();
        badges.addClassName("badges");
        boolean ninePlus = moment.getTargetLevel() == TargetLevel.NINE_PLUS;
        Span target = tag(ninePlus ? "9+" : "7+", ninePlus ? "tag-success" : "tag-contrast");
        target.getElement().setAttribute("title", getTranslation("targetLevel." + moment.getTargetLevel().name()));
        badges.add(target);
        if (moment.isMomentOfTruth()) {
            badges.add(tag(getTranslation("map.badge.momentOfTruth"), "tag-warning"));
        }
        if (moment.isBrandMoment()) {
            badges.add(tag(getTranslation("map.badge.brandMoment"), "tag-warning"));
        }
        String discipline = context.disciplineName(moment.getOwnerDisciplineId());
        if (discipline != null) {
            badges.add(tag(discipline, "tag-neutral"));
        }
        if (moment.getDesiredEmotion() != null) {
            badges.add(tag(getTranslation("map.badge.desired", signed(moment.getDesiredEmotion())),
                    moment.getDesiredEmotion() < 0 ? "tag-error" : "tag-contrast"));
        }
        if (openActions > 0) {
            badges.add(tag(getTranslation("map.badge.actions", openActions), "tag-neutral"));
        }
        if (measured != null && measured.experienced() > 0) {
            Span result = tag(getTranslation(measured.targetMet() ? "map.badge.targetMet" : "map.badge.targetMissed",
                    oneDecimal(measured.meanSatisfaction())), measured.targetMet() ? "tag-success" : "tag-error");
            result.addClassName("measured-badge");
            result.getElement().setAttribute("title", getTranslation("map.badge.measuredTitle",
                    oneDecimal(measured.meanSatisfaction()), Math.round(measured.shareNineTen() * 100),
                    measured.experienced()));
            badges.add(result);
        }
        add(badges);
        if (editedBy != null) {
            Span editing = new Span(getTranslation("map.editedBy", editedBy));
            editing.addClassName("moment-edited-by");
            addClassName("edited-by-other");
            add(editing);
        }
    }

    private String oneDecimal(double value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static Span tag(String text, String variant) {
        Span tag = new Span(text);
        tag.addClassNames("tag", variant);
        return tag;
    }

    static String signed(int value) {
        return value > 0 ? "+" + value : String.valueOf(value);
    }
}
