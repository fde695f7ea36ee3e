package app.momentum.action.ui;

import app.momentum.action.ActionService;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.ActionPermissions;
import app.momentum.action.domain.ActionStatus;
import app.momentum.journey.JourneyLookup;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.UUID;

/** Actions inside other views (the moment editor): the moment's open actions and a new one for it. */
@org.springframework.stereotype.Component
class ActionDialogs {

    private final ActionService actions;
    private final JourneyLookup journeys;
    private final ActionContextLoader contexts;
    private final MemberSession memberSession;

    ActionDialogs(ActionService actions, JourneyLookup journeys, ActionContextLoader contexts, MemberSession memberSession) {
        this.actions = actions;
        this.journeys = journeys;
        this.contexts = contexts;
        this.memberSession = memberSession;
    }

    /** The open actions of a moment, each opening its page, and "new action" pre-filled with the moment. */
    VerticalLayout momentActions(UUID journeyId, UUID momentId, Runnable afterCreate) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("moment-actions");
        List<ImprovementAction> open = actions.openForMoment(journeyId, momentId);
        if (open.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("moment.noActions")));
        }
        for (ImprovementAction action : open) {
            Div item = new Div(ActionLabels.status(section, action.getStatus()), new com.vaadin.flow.component.html.Span(" " + action.getTitle()));
            item.addClassName("moment-action");
            item.addClickListener(e -> UI.getCurrent().navigate(ActionView.class, ActionView.parameters(action.getId())));
            section.add(item);
        }
        MomentumAuthentication me = memberSession.require();
        if (ActionPermissions.mayCreate(me.role(), ActionStatus.IDEA)) {
            Button create = new Button(section.getTranslation(ActionPermissions.mayAssign(me.role()) ? "action.new" : "action.propose"),
                    VaadinIcon.PLUS.create(), e -> new ActionDialog(actions, contexts.load(), journeys::momentsInMapOrder, null,
                    journeyId, List.of(momentId), ActionPermissions.mayAssign(me.role()), saved -> afterCreate.run()).open());
            create.setId("moment-new-action");
            section.add(create);
        }
        return section;
    }
}
