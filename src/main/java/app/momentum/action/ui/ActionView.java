package app.momentum.action.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.tenancy.mention.MentionArea;
import app.momentum.base.ui.AppDialog;
import app.momentum.action.internal.ActionEvent;
import app.momentum.action.ActionService;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.ActionPermissions;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionWorkflow;
import app.momentum.base.ui.Formats;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.RouteIds;
import app.momentum.base.ui.TextLimits;
import app.momentum.base.ui.UiActions;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyNavigation;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One improvement action by its opaque id: details, workflow steps, comments and history. */
@Route("actions/:actionId")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class ActionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ACTION_ID = "actionId";

    private final transient ActionService actions;
    private final transient JourneyLookup journeys;
    private final transient ActionContextLoader contexts;
    private final transient MomentumAuthentication me;
    private ImprovementAction action;

    public ActionView(ActionService actions, JourneyLookup journeys, ActionContextLoader contexts, MemberSession memberSession) {
        this.actions = actions;
        this.journeys = journeys;
        this.contexts = contexts;
        this.me = memberSession.require();
        addClassName("action-view");
        setMaxWidth("64rem");
    }

    public static RouteParameters parameters(UUID actionId) {
        return new RouteParameters(ACTION_ID, actionId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ImprovementAction> found = RouteIds.parse(event, ACTION_ID).flatMap(actions::find);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        show(found.get());
    }

    private void show(ImprovementAction shown) {
        this.action = shown;
        removeAll();
        ActionContext context = contexts.load();
        boolean owner = me.user().id().equals(action.getOwnerUserId());
        H1 title = new H1(action.getTitle());
        title.setId("action-title-heading");
        Div tags = new Div(ActionLabels.status(this, action.getStatus()),
                new Span(getTranslation("actionType." + action.getType().name())), ActionLabels.due(this, action, actions));
        tags.addClassName("badges");
        add(new RouterLink(getTranslation("actions.back"), ActionListView.class), title, tags);
        add(line("action.journey", context.journeyName(action.getJourneyId())),
                line("action.owner", context.memberName(action.getOwnerUserId())),
                line("action.discipline", context.disciplineName(action.getDisciplineId())),
                line("action.priority", getTranslation("priority." + action.getPriority().name())),
                line("action.effort", getTranslation("effort." + action.getEffort().name())),
                line("action.description", action.getDescription()),
                line("action.expectedEffect", action.getExpectedEffect()),
                line("action.kpi", action.getKpiName() == null ? null : action.getKpiName() + " " + Optional.ofNullable(action.getKpiTargetChange()).orElse("")),
                line("action.statusNote", action.getStatusNote()));
        RouterLink journey = JourneyNavigation.linkToMap(getTranslation("action.openJourney"), action.getJourneyId());
        add(journey);

        HorizontalLayout buttons = new HorizontalLayout();
        if (ActionPermissions.mayChangeStatus(me.role(), owner)) {
            for (ActionStatus next : ActionWorkflow.next(action.getStatus())) {
                Button step = new Button(getTranslation("action.moveTo", getTranslation("actionStatus." + next.name())),
                        e -> step(next));
                step.setId("action-to-" + next.name().toLowerCase());
                if (next == ActionStatus.DROPPED) {
                    step.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                }
                buttons.add(step);
            }
        }
        if (ActionPermissions.mayEdit(me.role(), owner)) {
            Button edit = new Button(getTranslation("action.edit"), e -> new ActionDialog(actions, context,
                    journeys::momentsInMapOrder, action, null, null,
                    ActionPermissions.mayAssign(me.role()), saved -> show(actions.find(action.getId()).orElseThrow())).open());
            edit.setId("action-edit");
            buttons.add(edit);
        }
        add(buttons, comments(context), history(context));
    }

    private void step(ActionStatus next) {
        if (next == ActionStatus.DROPPED || next == ActionStatus.EFFECT_VERIFIED) {
            AppDialog dialog = new AppDialog(getTranslation(next == ActionStatus.DROPPED ? "action.dropTitle" : "action.verifyTitle"));
            TextArea note = new TextArea(getTranslation(next == ActionStatus.DROPPED ? "action.dropReason" : "action.evidence"));
            note.setWidthFull();
            TextLimits.limit(note, ActionWorkflow.MAX_NOTE_LENGTH);
            note.setId("action-note");
            Button confirm = new Button(getTranslation("action.confirm"), e -> {
                if (UiActions.attempt(this, () -> actions.changeStatus(action.getId(), action.getVersion(), next, note.getValue()))) {
                    dialog.close();
                    show(actions.find(action.getId()).orElseThrow());
                }
            });
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.setId("action-note-confirm");
            dialog.add(note);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
            dialog.setWidth("32rem");
            dialog.open();
        } else if (UiActions.attempt(this, () -> actions.changeStatus(action.getId(), action.getVersion(), next, null))) {
            Notifications.success(getTranslation("action.moved", getTranslation("actionStatus." + next.name())));
            show(actions.find(action.getId()).orElseThrow());
        }
    }

    private VerticalLayout comments(ActionContext context) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("comment.title")));
        section.setPadding(false);
        List<ActionEvent> history = actions.history(action.getId());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(Formats.DEFAULT_ZONE);
        history.stream().filter(e -> e.getKind() == ActionEvent.Kind.COMMENT).forEach(e -> {
            Paragraph text = new Paragraph();
            text.add(MentionArea.render(e.getText(), context.members(), e.getMentionedUserIds()));
            text.addClassName("comment-text");
            Div item = new Div(new Span(context.memberName(e.getUserId()) + " · " + when.format(e.getAt())), text);
            item.addClassName("comment-item");
            section.add(item);
        });
        if (ActionPermissions.mayComment(me.role())) {
            TextArea text = new MentionArea(context.members());
            text.setPlaceholder(getTranslation("comment.placeholder"));
            text.setWidthFull();
            TextLimits.limit(text, 4000);
            text.setId("action-comment");
            Button post = new Button(getTranslation("comment.post"), e -> {
                if (UiActions.attempt(this, () -> actions.comment(action.getId(), text.getValue()))) {
                    show(actions.find(action.getId()).orElseThrow());
                }
            });
            post.setId("action-comment-post");
            section.add(text, post);
        }
        return section;
    }

    private VerticalLayout history(ActionContext context) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("history.title")));
        section.setPadding(false);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(Formats.DEFAULT_ZONE);
        for (ActionEvent e : actions.history(action.getId())) {
            if (e.getKind() == ActionEvent.Kind.COMMENT) {
                continue;
            }
            String what = switch (e.getKind()) {
                case CREATED -> getTranslation("actionEvent.created", getTranslation("actionStatus." + e.getToStatus().name()));
                case STATUS -> getTranslation("actionEvent.status", getTranslation("actionStatus." + e.getFromStatus().name()),
                        getTranslation("actionStatus." + e.getToStatus().name()));
                default -> getTranslation("actionEvent.changed");
            };
            Div item = new Div(new Span(context.memberName(e.getUserId()) + " · " + when.format(e.getAt())),
                    new Paragraph(what + (e.getText() == null ? "" : " — " + e.getText())));
            item.addClassName("history-item");
            section.add(item);
        }
        return section;
    }

    private Div line(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span content = new Span(text == null || text.isBlank() ? "–" : text);
        Div line = new Div(label, content);
        line.addClassName("labelled-text");
        return line;
    }

    @Override
    public String getPageTitle() {
        return (action == null ? getTranslation("actions.title") : action.getTitle()) + " · Momentum";
    }
}
