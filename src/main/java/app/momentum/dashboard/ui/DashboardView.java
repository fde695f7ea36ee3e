package app.momentum.dashboard.ui;

import app.momentum.action.ActionNavigation;
import app.momentum.dashboard.DashboardPermissions;
import app.momentum.measurement.MyFollowUpsSection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import app.momentum.base.ui.Formats;

/** The start page: greets the user and says where they work and in which role. */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient MemberSession memberSession;

    public DashboardView(MemberSession memberSession, MyFollowUpsSection followUps) {
        this.memberSession = memberSession;
        addClassName("dashboard-view");
        MomentumAuthentication authentication = memberSession.require();
        H1 greeting = new H1(getTranslation(greetingKey(), authentication.user().displayName()));
        greeting.setId("greeting");
        Span where = new Span(getTranslation("dashboard.workingIn", authentication.membership().tenantName()));
        where.setId("working-in");
        Badge role = new Badge(getTranslation(authentication.role().labelKey()));
        role.setId("current-role");
        Div whereAndRole = new Div(where, role);
        whereAndRole.addClassName("working-in");
        Paragraph roleHelp = new Paragraph(getTranslation("dashboard.roleHelp." + authentication.role().name()));
        roleHelp.addClassName("role-help");
        add(greeting, whereAndRole, roleHelp, followUps.create());
    }

    /** Contributors start where their work is: their own actions. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (DashboardPermissions.startsOnOwnActions(memberSession.require().role())) {
            ActionNavigation.forwardToMyActions(event);
        }
    }

    private static String greetingKey() {
        int hour = LocalTime.now(Formats.DEFAULT_ZONE).getHour();
        return hour < 12 ? "dashboard.greeting.morning" : hour < 18 ? "dashboard.greeting.afternoon" : "dashboard.greeting.evening";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · Momentum";
    }
}
