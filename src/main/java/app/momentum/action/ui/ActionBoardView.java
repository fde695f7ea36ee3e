package app.momentum.action.ui;

import app.momentum.base.ui.FilterSelects;
import app.momentum.tenancy.RoleNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import app.momentum.base.ui.EmptyState;
import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionFilter;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.ActionPermissions;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.ActionWorkflow;
import app.momentum.base.Translatable;
import app.momentum.base.UserFacingException;
import app.momentum.base.live.LiveEvent;
import app.momentum.base.live.LiveEvents;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.UiActions;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import app.momentum.base.TenantContext;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The action board: a column per status with its count; dragging a card to another column changes its
 * status by the workflow's rules. Moves by others appear live.
 */
@Route("actions/board")
@Menu(order = 31, icon = "vaadin:grid-big-o", title = "nav.board")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class ActionBoardView extends VerticalLayout implements HasDynamicTitle {

    /** Cards per column; the list view has them all. */
    static final int PER_COLUMN = 100;

    private final transient ActionService actions;
    private final transient LiveEvents events;
    private final transient MomentumAuthentication me;
    private final ActionContext context;
    private final HorizontalLayout columns = new HorizontalLayout();
    private final Select<JourneyRef> journey = new Select<>();
    private final Select<DisciplineRef> discipline = new Select<>();
    private final Select<MemberChoice> owner = new Select<>();
    private final Select<ActionType> type = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private Registration subscription;
    private final EmptyState nothingYet;

    public ActionBoardView(ActionService actions, ActionContextLoader contexts, LiveEvents events, MemberSession memberSession) {
        this.actions = actions;
        this.events = events;
        this.me = memberSession.require();
        this.context = contexts.load();
        addClassName("board-view");
        setSizeFull();
        String all = getTranslation("journeys.all");
        configure(journey, "action.journey", context.journeys(), JourneyRef::name, all);
        configure(discipline, "action.discipline", context.disciplines(), DisciplineRef::name, all);
        configure(owner, "action.owner", context.members(), MemberChoice::displayName, all);
        configure(type, "action.type", List.of(ActionType.values()), t -> getTranslation("actionType." + t.name()), all);
        overdue.setLabel(getTranslation("actions.overdueOnly"));
        overdue.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(journey, discipline, owner, type, overdue);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("filters");
        columns.addClassName("board-columns");
        columns.setId("board-columns");
        Div scroller = new Div(columns);
        scroller.addClassName("map-scroller");
        scroller.setWidthFull();
        nothingYet = new EmptyState(VaadinIcon.GRID_BIG_O, getTranslation("board.emptyTitle"),
                getTranslation("board.emptyPurpose"));
        nothingYet.setId("board-empty");
        if (ActionPermissions.mayCreate(me.role(), ActionStatus.IDEA)) {
            Button toActions = new Button(getTranslation("board.toActions"), VaadinIcon.TASKS.create(),
                    e -> UI.getCurrent().navigate(ActionListView.class));
            toActions.setId("board-to-actions");
            nothingYet.nextStep(getTranslation("actions.emptyNextCreate")).action(toActions);
        } else {
            nothingYet.nextStep(getTranslation("actions.emptyNextReader"));
        }
        nothingYet.setVisible(false);
        add(new H1(getTranslation("board.title")), nothingYet, filters, scroller);
        expand(scroller);
        refresh();
    }

    private <T> void configure(Select<T> select, String labelKey, List<T> items, java.util.function.Function<T, String> name, String all) {
        FilterSelects.withAll(select, getTranslation(labelKey), items, name, all);
        select.addValueChangeListener(e -> refresh());
    }

    private void refresh() {
        columns.removeAll();
        boolean anyAction = actions.count(new ActionFilter(null, null, null, null, null, false, null)) > 0;
        nothingYet.setVisible(!anyAction); // the (empty) columns stay: they show where actions will go
        for (ActionStatus status : ActionStatus.values()) {
            ActionFilter filter = new ActionFilter(journey.getValue() == null ? null : journey.getValue().id(),
                    discipline.getValue() == null ? null : discipline.getValue().id(),
                    owner.getValue() == null ? null : owner.getValue().userId(), type.getValue(), status, overdue.getValue(), null);
            long count = actions.count(filter);
            List<ImprovementAction> cards = actions.list(filter, PageRequest.of(0, PER_COLUMN, Sort.by("dueDate")));
            VerticalLayout column = new VerticalLayout();
            column.addClassName("phase-column");
            column.setWidth(null);
            column.setPadding(false);
            column.setId("board-" + status.name().toLowerCase());
            H3 heading = new H3(getTranslation("actionStatus." + status.name()) + " (" + count + ")");
            heading.addClassName("phase-name");
            Div list = new Div();
            list.addClassName("moment-list");
            cards.forEach(a -> list.add(card(a)));
            if (count > cards.size()) {
                list.add(new Span(getTranslation("check.moreMoments", count - cards.size())));
            }
            DropTarget<VerticalLayout> drop = DropTarget.create(column);
            drop.setDropEffect(DropEffect.MOVE);
            drop.addDropListener(e -> e.getDragData().ifPresent(id -> move((UUID) id, status)));
            column.add(heading, list);
            columns.add(column);
        }
    }

    private Div card(ImprovementAction action) {
        Span title = new Span(action.getTitle());
        title.addClassName("moment-title");
        Span who = new Span(context.memberName(action.getOwnerUserId()) + " · " + context.journeyName(action.getJourneyId()));
        who.addClassName("moment-channel");
        Div tags = new Div(ActionLabels.due(this, action, actions), new Span(getTranslation("priority." + action.getPriority().name())));
        tags.addClassName("badges");
        Div card = new Div(title, who, tags);
        card.addClassName("moment-card");
        card.setId("action-" + action.getId());
        card.getElement().setAttribute("tabindex", "0");
        card.addClickListener(e -> UI.getCurrent().navigate(ActionView.class, ActionView.parameters(action.getId())));
        // a focused card opens with Enter too, like a row of the action list
        card.getElement().addEventListener("keydown", e -> UI.getCurrent().navigate(ActionView.class,
                ActionView.parameters(action.getId()))).setFilter("event.key === 'Enter'");
        boolean owner = me.user().id().equals(action.getOwnerUserId());
        if (ActionPermissions.mayChangeStatus(me.role(), owner)) {
            DragSource<Div> drag = DragSource.create(card);
            drag.setDragData(action.getId());
        }
        return card;
    }

    private void move(UUID actionId, ActionStatus to) {
        actions.find(actionId).ifPresent(action -> {
            if (action.getStatus() == to) {
                return;
            }
            if (to == ActionStatus.DROPPED || to == ActionStatus.EFFECT_VERIFIED) {
                // these need a reason or evidence: the action page asks for it
                UI.getCurrent().navigate(ActionView.class, ActionView.parameters(actionId));
                return;
            }
            if (!ActionWorkflow.allowed(action.getStatus(), to)) {
                Notifications.error(this, new UserFacingException("action.error.transition",
                        new Translatable("actionStatus." + action.getStatus().name()), new Translatable("actionStatus." + to.name())));
                return;
            }
            if (UiActions.attempt(this, () -> actions.changeStatus(actionId, action.getVersion(), to, null))) {
                refresh();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        UUID tenantId = me.tenantId();
        subscription = events.subscribe(tenantId, tenantId, event -> {
            if (event.kind() == LiveEvent.Kind.ACTIONS_CHANGED && refreshQueued.compareAndSet(false, true)) {
                ui.access(() -> {
                    refreshQueued.set(false);
                    TenantContext.runInTenant(tenantId, this::refresh);
                });
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + " · Momentum";
    }
}
