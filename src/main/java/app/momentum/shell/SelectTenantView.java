package app.momentum.shell;

import app.momentum.platform.PlatformNavigation;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import app.momentum.tenancy.TenantMembershipView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** After login, and from the user menu: choose the tenant to work in, without logging out. */
@Route(value = "select-tenant", autoLayout = false)
@PermitAll
class SelectTenantView extends VerticalLayout implements HasDynamicTitle {

    public SelectTenantView(MemberSession memberSession, AuthenticationContext authenticationContext) {
        addClassName("select-tenant-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        MomentumAuthentication authentication = memberSession.require();
        add(new H1(getTranslation("selectTenant.title")));
        List<TenantMembershipView> tenants = memberSession.availableTenants();
        if (tenants.isEmpty()) {
            add(new Paragraph(getTranslation("selectTenant.none")));
        } else {
            add(new Paragraph(getTranslation("selectTenant.intro", authentication.user().displayName())));
        }
        VerticalLayout choices = new VerticalLayout();
        choices.addClassName("tenant-choices");
        choices.setPadding(false);
        choices.setWidth("28rem");
        choices.setMaxWidth("90vw");
        for (TenantMembershipView tenant : tenants) {
            Span name = new Span(tenant.tenantName());
            name.addClassName("tenant-choice-name");
            Badge role = new Badge(getTranslation(tenant.role().labelKey()));
            Button choose = new Button(name, e -> {
                if (memberSession.switchTo(tenant.tenantId())) {
                    UI.getCurrent().getPage().setLocation("/");
                } else {
                    UI.getCurrent().getPage().reload();
                }
            });
            choose.setSuffixComponent(role);
            choose.addClassName("tenant-choice");
            choose.setId("tenant-" + tenant.tenantSlug());
            choose.setWidthFull();
            if (tenant.tenantId().equals(authentication.tenantId())) {
                choose.addThemeVariants(ButtonVariant.PRIMARY);
            }
            choices.add(choose);
        }
        add(choices);
        if (authentication.user().platformAdmin()) {
            Button platform = new Button(getTranslation("selectTenant.platform"),
                    e -> PlatformNavigation.toTenants());
            platform.setId("go-platform");
            add(platform);
        }
        Button logout = new Button(getTranslation("menu.logout"), e -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("select-tenant-logout");
        add(logout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selectTenant.title") + " · Momentum";
    }
}
