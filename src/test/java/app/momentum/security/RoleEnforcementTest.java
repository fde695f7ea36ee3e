package app.momentum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.ui.AccessDeniedView;
import app.momentum.base.ui.NotFoundView;
import app.momentum.brand.ui.BrandView;
import app.momentum.dashboard.ui.DashboardView;
import app.momentum.platform.TenantProvisioning;
import app.momentum.platform.ui.TenantsView;
import app.momentum.security.ui.LoginView;
import app.momentum.tenancy.MemberService;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.ui.MembersView;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.security.ui.ProfileView;
import app.momentum.shell.MainLayout;
import org.springframework.aop.support.AopUtils;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Each role reaches exactly the views and operations it should; the menu shows exactly those views. */
@SpringBootTest
class RoleEnforcementTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired MemberService memberService;
    @Autowired TenantProvisioning provisioning;

    TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = fixture.create("roles");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyMemberReachesDashboardAndProfile(Role role) {
        tenant.loginAs(role);
        // contributors too: their cockpit shows their own work
        assertThat(open("")).isInstanceOf(DashboardView.class);
        assertThat(open("profile")).isInstanceOf(ProfileView.class);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyMemberReadsTheBrandButOnlyAdminsAndCxManagersEditIt(Role role) {
        tenant.loginAs(role);
        assertThat(open("brand")).isInstanceOf(BrandView.class);
        boolean editor = role == Role.TENANT_ADMIN || role == Role.CX_MANAGER;
        assertThat($(Button.class).withId("add-brand-value").all()).hasSize(editor ? 1 : 0);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyTenantAdminsReachMemberAdministration(Role role) {
        tenant.loginAs(role);
        HasElement view = open("administration/members");
        if (role == Role.TENANT_ADMIN) {
            assertThat(view).isInstanceOf(MembersView.class);
            assertThat(memberService.listMembers()).isNotEmpty();
        } else {
            assertThat(view).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
            assertThat(open("administration/members/" + tenant.membership(Role.EXECUTIVE).getId()))
                    .isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
            assertThatThrownBy(() -> memberService.listMembers()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberService.findMember(tenant.membership(Role.EXECUTIVE).getId()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> memberService.addMember("someone@example.com", "Someone", Role.TENANT_ADMIN, null))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void noTenantRoleReachesPlatformAdministration(Role role) {
        tenant.loginAs(role);
        assertThat(open("platform/tenants")).isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        assertThatThrownBy(() -> provisioning.listTenants()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> provisioning.createTenant("X", "x-" + role.name().toLowerCase(Locale.ROOT), Locale.ENGLISH,
                "x@x.test", "X")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void platformAdminReachesTenantAdministration() {
        TestLogin.as(fixture.platformAdmin(), null, null);
        assertThat(open("platform/tenants")).isInstanceOf(TenantsView.class);
        assertThat(provisioning.listTenants()).isNotEmpty();
    }

    @Test
    void aPlatformAdminWithoutOrganisationLandsOnTheTenantsList() {
        TestLogin.as(fixture.platformAdmin(), null, null);
        assertThat(open("")).isInstanceOf(TenantsView.class);
    }

    @Test
    void menuShowsOnlyWhatTheRoleMayOpen() {
        tenant.loginAs(Role.TENANT_ADMIN);
        open("");
        assertThat(menuLabels()).containsExactly("Dashboard", "Brand", "Journeys", "Portfolio", "My actions", "Actions",
                "Action board", "Journey mining", "KPIs", "Follow-up", "Maturity scan", "Board report", "Disciplines",
                "Members", "Life-cycle gates", "API tokens");

        tenant.loginAs(Role.EXECUTIVE);
        open("");
        // the layout stays across navigations; its menu follows a role change at the next one
        assertThat(menuLabels()).contains("Dashboard", "Portfolio", "Journey mining", "KPIs", "Maturity scan", "Board report")
                .doesNotContain("Members", "API tokens", "Tenants", "Life-cycle gates");
    }

    /**
     * Views and the shell are the plain classes, never proxies: who may open a route is Vaadin's check of the view's
     * annotations, and services guard themselves with {@code @PreAuthorize}. A proxied view (JSR-250 method security
     * matches a class annotated {@code @RolesAllowed}) would run the role check on every call Vaadin makes on it and
     * cost time and memory on every navigation.
     */
    @Test
    void viewsAndTheShellAreNotProxies() {
        tenant.loginAs(Role.TENANT_ADMIN);
        for (String route : List.of("", "profile", "brand", "administration/members")) {
            HasElement view = open(route);
            assertThat(AopUtils.isAopProxy(view)).as(route).isFalse();
            assertThat(view.getElement().getParent().getComponent()).get()
                    .isInstanceOf(MainLayout.class)
                    .matches(layout -> !AopUtils.isAopProxy(layout), "the shell is not a proxy");
        }
    }

    @Test
    void anonymousUsersAreSentToTheLogin() {
        TestLogin.logout();
        assertThat(open("")).isInstanceOf(LoginView.class);
        assertThat(open("administration/members")).isInstanceOf(LoginView.class);
    }

    private HasElement open(String location) {
        navigate(location, com.vaadin.flow.component.Component.class);
        return getCurrentView();
    }

    private List<String> menuLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
