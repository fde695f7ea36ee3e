package app.momentum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.tenancy.MemberService;
import app.momentum.tenancy.Membership;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/** Logging in: resolving the tenant, lockout after repeated failures, deactivated members. */
@SpringBootTest
class LoginSecurityTest {

    @Autowired TenantFixture fixture;
    @Autowired AuthenticationConfiguration authenticationConfiguration;
    @Autowired MemberService members;
    @Autowired MemberSession memberSession;

    AuthenticationManager authenticationManager;
    TestTenant tenant;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        tenant = fixture.create("login");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aMemberOfOneTenantWorksThereAtOnceWithTheirRole() {
        MomentumAuthentication login = logIn(tenant.user(Role.CX_MANAGER).getEmail().toUpperCase(), TenantFixture.PASSWORD);
        assertThat(login.tenantId()).isEqualTo(tenant.id());
        assertThat(login.role()).isEqualTo(Role.CX_MANAGER);
        assertThat(login.getAuthorities()).extracting(Object::toString).contains("ROLE_CX_MANAGER")
                .doesNotContain("ROLE_TENANT_ADMIN", "ROLE_PLATFORM_ADMIN");
    }

    @Test
    void aMemberOfSeveralTenantsPicksOneAndCanSwitch() {
        TestTenant second = fixture.create("second");
        fixture.addMember(second.tenant(), tenant.user(Role.CONTRIBUTOR), Role.EXECUTIVE);
        MomentumAuthentication login = logIn(tenant.user(Role.CONTRIBUTOR).getEmail(), TenantFixture.PASSWORD);
        assertThat(login.tenantId()).isNull();
        assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_USER");

        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(login);
        assertThat(memberSession.availableTenants()).extracting(t -> t.tenantId())
                .containsExactlyInAnyOrder(tenant.id(), second.id());
        assertThat(memberSession.switchTo(second.id())).isTrue();
        assertThat(memberSession.require().role()).isEqualTo(Role.EXECUTIVE);
        assertThat(memberSession.switchTo(tenant.id())).isTrue();
        assertThat(memberSession.require().role()).isEqualTo(Role.CONTRIBUTOR);

        TestTenant foreign = fixture.create("foreign");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(memberSession.require());
        assertThat(memberSession.switchTo(foreign.id())).isFalse();
        assertThat(memberSession.require().tenantId()).isEqualTo(tenant.id());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String email = tenant.user(Role.EXECUTIVE).getEmail();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> logIn(email, "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn(email, TenantFixture.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String email = tenant.user(Role.EXECUTIVE).getEmail();
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThatThrownBy(() -> logIn(email, "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        logIn(email, TenantFixture.PASSWORD);
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThatThrownBy(() -> logIn(email, "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(logIn(email, TenantFixture.PASSWORD).tenantId()).isEqualTo(tenant.id());
    }

    @Test
    void aDeactivatedMemberCannotLogIn() {
        tenant.loginAs(Role.TENANT_ADMIN);
        Membership contributor = tenant.membership(Role.CONTRIBUTOR);
        members.deactivate(contributor.getId(), contributor.getVersion(), tenant.user(Role.TENANT_ADMIN).getId());
        TestLogin.logout();
        assertThatThrownBy(() -> logIn(contributor.getUser().getEmail(), TenantFixture.PASSWORD))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aMemberDeactivatedInOneTenantStillEntersTheOther() {
        TestTenant second = fixture.create("second");
        fixture.addMember(second.tenant(), tenant.user(Role.CONTRIBUTOR), Role.CX_MANAGER);
        tenant.loginAs(Role.TENANT_ADMIN);
        Membership contributor = tenant.membership(Role.CONTRIBUTOR);
        members.deactivate(contributor.getId(), contributor.getVersion(), tenant.user(Role.TENANT_ADMIN).getId());
        TestLogin.logout();
        MomentumAuthentication login = logIn(contributor.getUser().getEmail(), TenantFixture.PASSWORD);
        assertThat(login.tenantId()).isEqualTo(second.id());
        assertThat(login.role()).isEqualTo(Role.CX_MANAGER);
    }

    @Test
    void aDeactivatedMembersRunningSessionEndsOnTheNextRequest() {
        MomentumAuthentication contributorSession = logIn(tenant.user(Role.CONTRIBUTOR).getEmail(), TenantFixture.PASSWORD);
        assertThat(memberSession.revalidate(contributorSession)).contains(contributorSession);

        tenant.loginAs(Role.TENANT_ADMIN);
        Membership contributor = tenant.membership(Role.CONTRIBUTOR);
        Membership changed = members.changeRole(contributor.getId(), contributor.getVersion(), Role.EXECUTIVE,
                tenant.user(Role.TENANT_ADMIN).getId());
        assertThat(memberSession.revalidate(contributorSession)).get()
                .extracting(MomentumAuthentication::role).isEqualTo(Role.EXECUTIVE);
        members.deactivate(changed.getId(), changed.getVersion(), tenant.user(Role.TENANT_ADMIN).getId());
        assertThat(memberSession.revalidate(contributorSession)).isEmpty();
    }

    @Test
    void unknownEmailsAndWrongPasswordsGetTheSameAnswer() {
        assertThatThrownBy(() -> logIn("nobody-" + tenant.tenant().getSlug() + "@example.com", "whatever"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logIn(tenant.user(Role.CX_MANAGER).getEmail(), "whatever"))
                .isInstanceOf(BadCredentialsException.class);
    }

    private MomentumAuthentication logIn(String email, String password) {
        Authentication result = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        return (MomentumAuthentication) result;
    }
}
