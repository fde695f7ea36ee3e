package app.momentum.governance.ui;

import app.momentum.base.UserFacingException;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.RouteIds;
import app.momentum.base.ui.UiActions;
import app.momentum.governance.LifeCycle;
import app.momentum.governance.LifeCycle.GateReport;
import app.momentum.governance.LifeCycle.JourneyState;
import app.momentum.journey.JourneyNavigation;
import app.momentum.tenancy.RoleNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;

/**
 * A journey's life cycle: its stage and cycle, when its review is due or why it is stale, the gate out of its stage
 * (the same as the gate dialog) and the history of its moves. Everyone reads; CX managers and tenant admins move and
 * mark the journey reviewed.
 */
@Route("journeys/:journeyId/life-cycle")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class LifeCycleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String JOURNEY_ID = "journeyId";

    private final transient LifeCycle lifeCycle;
    private UUID journeyId;

    public LifeCycleView(LifeCycle lifeCycle) {
        this.lifeCycle = lifeCycle;
        addClassName("life-cycle-view");
    }

    public static RouteParameters parameters(UUID journeyId) {
        return new RouteParameters(JOURNEY_ID, journeyId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.parse(event, JOURNEY_ID);
        if (id.isEmpty()) {
            throw new NotFoundException();
        }
        journeyId = id.get();
        try {
            show();
        } catch (UserFacingException notFound) {
            throw new NotFoundException();
        }
    }

    private void show() {
        removeAll();
        GateReport report = lifeCycle.nextGateReport(journeyId);
        JourneyState state = report.state();
        add(JourneyNavigation.linkToMap(getTranslation("lifeCycle.back"), journeyId),
                new H1(getTranslation("lifeCycle.heading", report.journeyName())));
        add(summary(state));
        add(new GatePanel(lifeCycle, journeyId, () -> { }, transition -> show()));
        add(new TransitionList(lifeCycle.history(journeyId)));
    }

    private Div summary(JourneyState state) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Div summary = new Div();
        summary.setId("life-cycle-summary");
        summary.addClassName("badges");
        Span stage = new Span(getTranslation("stage." + state.stage().name()));
        stage.addClassNames("tag", "tag-neutral");
        stage.setId("life-cycle-stage");
        Span cycle = new Span(getTranslation("lifeCycle.cycle", state.cycle(), day.format(state.cycleStartedOn())));
        cycle.addClassNames("tag", "tag-contrast");
        cycle.setId("life-cycle-cycle");
        Span review = new Span(getTranslation("lifeCycle.reviewDue", day.format(state.reviewDueOn())));
        review.addClassNames("tag", "tag-contrast");
        review.setId("life-cycle-review");
        summary.add(stage, new Span(" "), cycle, new Span(" "), review);
        state.stale().ifPresent(reason -> {
            Span stale = new Span(getTranslation("lifeCycle.stale." + reason.name()));
            stale.addClassNames("tag", "tag-warning");
            stale.setId("life-cycle-stale");
            summary.add(new Span(" "), stale);
        });
        if (lifeCycle.mayMove()) {
            Button reviewed = new Button(getTranslation("lifeCycle.markReviewed"), VaadinIcon.CHECK.create(), e -> {
                if (UiActions.attempt(this, () -> lifeCycle.markReviewed(journeyId))) {
                    Notifications.success(getTranslation("lifeCycle.reviewed"));
                    show();
                }
            });
            reviewed.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            reviewed.setId("life-cycle-mark-reviewed");
            summary.add(reviewed);
        }
        return summary;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lifeCycle.title") + " · Momentum";
    }
}
