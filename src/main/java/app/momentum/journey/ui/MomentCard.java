package app.momentum.journey.ui;

import app.momentum.journey.Moment;
import app.momentum.journey.TargetLevel;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;

/**
 * A moment on the map: title, channel and badges (7+/9+, moment of truth, brand moment, owner discipline,
 * desired emotion). Selected by click or Enter; dragged to another place; a moment dropped on it lands
 * before it.
 */
class MomentCard extends Div {

    /** @param editedBy names of others editing this moment now, or null */
    MomentCard(JourneyMapView view, Moment moment, MapContext context, boolean editable, boolean selected, String editedBy) {
        addClassName("moment-card");
        if (selected) {
            addClassName("selected");
        }
        setId("moment-" + moment.getId());
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("aria-label", moment.getTitle());
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
        Badge target = new Badge(moment.getTargetLevel() == TargetLevel.NINE_PLUS ? "9+" : "7+");
        target.addThemeVariants(moment.getTargetLevel() == TargetLevel.NINE_PLUS ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        target.getElement().setAttribute("title", getTranslation("targetLevel." + moment.getTargetLevel().name()));
        badges.add(target);
        if (moment.isMomentOfTruth()) {
            badges.add(badge("map.badge.momentOfTruth"));
        }
        if (moment.isBrandMoment()) {
            badges.add(badge("map.badge.brandMoment"));
        }
        String discipline = context.disciplineName(moment.getOwnerDisciplineId());
        if (discipline != null) {
            badges.add(new Badge(discipline));
        }
        if (moment.getDesiredEmotion() != null) {
            Badge emotion = new Badge(getTranslation("map.badge.desired", signed(moment.getDesiredEmotion())));
            emotion.addThemeVariants(moment.getDesiredEmotion() < 0 ? BadgeVariant.ERROR : BadgeVariant.CONTRAST);
            badges.add(emotion);
        }
        add(badges);
        if (editedBy != null) {
            Span editing = new Span(getTranslation("map.editedBy", editedBy));
            editing.addClassName("moment-edited-by");
            addClassName("edited-by-other");
            add(editing);
        }

        addClickListener(e -> view.select(moment.getId()));
        getElement().addEventListener("keydown", e -> view.select(moment.getId())).setFilter("event.key === 'Enter'");
        if (editable) {
            DragSource<MomentCard> drag = DragSource.create(this);
            drag.setEffectAllowed(EffectAllowed.MOVE);
            drag.setDragData(moment.getId());
            DropTarget<MomentCard> drop = DropTarget.create(this);
            drop.setDropEffect(DropEffect.MOVE);
            drop.addDropListener(e -> e.getDragData().ifPresent(dragged -> {
                if (!dragged.equals(moment.getId())) {
                    view.change(() -> view.maps().moveMoment((java.util.UUID) dragged, moment.getPhaseId(),
                            moment.getPosition() - 1));
                }
            }));
        }
    }

    private Badge badge(String key) {
        Badge badge = new Badge(getTranslation(key));
        badge.addThemeVariants(BadgeVariant.WARNING);
        return badge;
    }

    static String signed(int value) {
        return value > 0 ? "+" + value : String.valueOf(value);
    }
}
