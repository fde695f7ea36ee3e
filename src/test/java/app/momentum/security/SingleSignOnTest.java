package app.momentum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.TenantContext;
import app.momentum.base.UserFacingException;
import app.momentum.security.sso.SsoClaims;
import app.momentum.security.sso.SsoSignIn;
import app.momentum.security.sso.SsoSignIn.Refusal;
import app.momentum.tenancy.MemberService;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantMembershipView;
import app.momentum.tenancy.TenantSingleSignOn;
import app.momentum.tenancy.internal.Membership;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.user.AppUser;
import app.momentum.user.UserAccounts;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Single sign-on without Keycloak: tokens' claims as Keycloak sends them, given to the sign-in, and what the tenants'
 * settings make of them — bound organisations, mapped roles, the role for new members, deactivated members, and
 * "single sign-on required" against local passwords. Through a real Keycloak: SingleSignOnBrowserIT.
 */
@SpringBootTest
class SingleSignOnTest {

    @Autowired TenantFixture fixture;
    @Autowired SsoSignIn signIn;
    @Autowired TenantSingleSignOn tenantSso;
    @Autowired MemberSession memberSession;
    @Autowired MemberService members;
    @Autowired UserAccounts users;
    @Autowired AuthenticationConfiguration authenticationConfiguration;

    private TestTenant energy;
    private TestTenant bank;
    private String energyOrg;
    private String bankOrg;

    @BeforeEach
    void twoBoundTenants() {
        energy = fixture.create("sso-energy");
        bank = fixture.create("sso-bank");
        energyOrg = UUID.randomUUID().toString();
        bankOrg = UUID.randomUUID().toString();
        asPlatformAdmin(() -> {
            tenantSso.bind(energy.id(), tenantSso.settingsOf(energy.id()).version(), energyOrg);
            tenantSso.bind(bank.id(), tenantSso.settingsOf(bank.id()).version(), " " + bankOrg + " ");
        });
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aNewcomerJoinsTheTenantOfTheirOrganisationWithTheMappedRoleAndIsKeptUpToDate() {
        String subject = UUID.randomUUID().toString();
        String email = "ann-" + subject.substring(0, 8) + "@energy.example";
        SsoSignIn.Outcome first = signIn.signIn(claims(subject, email, "Ann Smit", Set.of(energyOrg),
                Set.of("momentum-cx-manager"), Set.of()));

        assertThat(first.admitted()).isTrue();
        assertThat(first.tenantIds()).containsExactly(energy.id());
        MomentumAuthentication session = memberSession.authenticationFor(first.userId(),
                SignIn.singleSignOn(first.tenantIds(), "id-token"));
        assertThat(session.tenantId()).isEqualTo(energy.id());
        assertThat(session.role()).isEqualTo(Role.CX_MANAGER);
        assertThat(session.user().displayName()).isEqualTo("Ann Smit");
        assertThat(TenantContext.callGlobal(() -> users.account(first.userId())).orElseThrow().preferredLanguage())
                .isEqualTo(Locale.forLanguageTag("nl"));

        // the next sign-in brings a new name and another role: both follow Keycloak
        SsoSignIn.Outcome again = signIn.signIn(claims(subject, email, "Ann de Smit", Set.of(energyOrg), Set.of(),
                Set.of("momentum-executives")));
        assertThat(again.userId()).isEqualTo(first.userId());
        assertThat(memberSession.authenticationFor(again.userId(), SignIn.singleSignOn(again.tenantIds(), "t")).role())
                .isEqualTo(Role.EXECUTIVE);
        assertThat(TenantContext.callGlobal(() -> users.account(first.userId())).orElseThrow().displayName())
                .isEqualTo("Ann de Smit");
    }

    @Test
    void withoutAMappedRoleANewcomerGetsTheRoleTheTenantAdministratorChose() {
        energy.loginAs(Role.TENANT_ADMIN);
        TenantSingleSignOn.Settings settings = tenantSso.settings();
        assertThat(settings.newMemberRole()).as("default").isEqualTo(Role.CONTRIBUTOR);
        tenantSso.save(settings.version(), false, Role.EXECUTIVE);
        TestLogin.logout();

        SsoSignIn.Outcome outcome = signIn.signIn(claims(UUID.randomUUID().toString(), "new-" + UUID.randomUUID()
                + "@energy.example", "Noah", Set.of(energyOrg), Set.of("offline_access"), Set.of()));

        assertThat(memberSession.authenticationFor(outcome.userId(), SignIn.singleSignOn(outcome.tenantIds(), "t"))
                .role()).isEqualTo(Role.EXECUTIVE);
    }

    @Test
    void aMemberOfTwoOrganisationsPicksATenantAmongThoseAndNoOther() {
        TestTenant local = fixture.create("sso-local");
        SsoSignIn.Outcome outcome = signIn.signIn(claims(UUID.randomUUID().toString(),
                "bo-" + UUID.randomUUID() + "@demo.example", "Bo", Set.of(energyOrg, bankOrg, "unbound-org"),
                Set.of("momentum-cx-manager"), Set.of()));
        AppUser bo = TenantContext.callGlobal(() -> users.findByEmail(
                users.account(outcome.userId()).orElseThrow().email())).orElseThrow();
        fixture.addMember(local.tenant(), bo, Role.TENANT_ADMIN); // a local membership the token does not name

        MomentumAuthentication session = memberSession.authenticationFor(outcome.userId(),
                SignIn.singleSignOn(outcome.tenantIds(), "t"));
        assertThat(session.tenantId()).as("picks first").isNull();
        SecurityContextHolder.getContext().setAuthentication(session);
        assertThat(memberSession.availableTenants()).extracting(TenantMembershipView::tenantId)
                .containsExactlyInAnyOrder(energy.id(), bank.id());
        assertThat(memberSession.switchTo(local.id())).isFalse();
        assertThat(memberSession.switchTo(bank.id())).isTrue();
        assertThat(memberSession.require().role()).isEqualTo(Role.CX_MANAGER);
    }

    @Test
    void eachRefusalHasItsReason() {
        assertThat(signIn.signIn(claims("s1", "x1@x.example", "X", Set.of(), Set.of(), Set.of())).refusal())
                .isEqualTo(Refusal.NO_ORGANISATION);
        assertThat(signIn.signIn(claims("s2", "x2@x.example", "X", Set.of("nobody-bound-this"), Set.of(), Set.of()))
                .refusal()).isEqualTo(Refusal.NOT_CONNECTED);

        // a deactivated member stays out whatever the token says
        AppUser contributor = energy.user(Role.CONTRIBUTOR);
        energy.loginAs(Role.TENANT_ADMIN);
        Membership membership = energy.membership(Role.CONTRIBUTOR);
        members.deactivate(membership.getId(), membership.getVersion(), energy.user(Role.TENANT_ADMIN).getId());
        TestLogin.logout();
        SsoClaims deactivated = new SsoClaims(UUID.randomUUID().toString(), contributor.getEmail(), true, "C", null,
                Map.of("energy", energyOrg), Set.of("momentum-tenant-admin"), Set.of());
        assertThat(signIn.signIn(deactivated).refusal()).isEqualTo(Refusal.DEACTIVATED);

        // the address of a local account links only when Keycloak verified it
        AppUser local = bank.user(Role.EXECUTIVE);
        SsoClaims unverified = new SsoClaims(UUID.randomUUID().toString(), local.getEmail(), false, "E", null,
                Map.of("bank", bankOrg), Set.of(), Set.of());
        assertThat(signIn.signIn(unverified).refusal()).isEqualTo(Refusal.ACCOUNT_CONFLICT);
        SsoClaims verified = new SsoClaims(UUID.randomUUID().toString(), local.getEmail(), true, "E", null,
                Map.of("bank", bankOrg), Set.of(), Set.of());
        SsoSignIn.Outcome linked = signIn.signIn(verified);
        assertThat(linked.userId()).isEqualTo(local.getId());
        assertThat(memberSession.authenticationFor(linked.userId(), SignIn.singleSignOn(linked.tenantIds(), "t"))
                .role()).as("a member keeps their role when nothing is mapped").isEqualTo(Role.EXECUTIVE);
        // ... and once linked, another Keycloak user with that address is refused
        SsoClaims impostor = new SsoClaims(UUID.randomUUID().toString(), local.getEmail(), true, "E", null,
                Map.of("bank", bankOrg), Set.of(), Set.of());
        assertThat(signIn.signIn(impostor).refusal()).isEqualTo(Refusal.ACCOUNT_CONFLICT);
    }

    @Test
    void aTenantThatRequiresSingleSignOnRefusesLocalPasswordsButNotPlatformAdministrators() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        // a member of the bank only, and one of the bank and of a tenant without the requirement
        String bankOnly = bank.user(Role.CONTRIBUTOR).getEmail();
        TestTenant open = fixture.create("sso-open");
        fixture.addMember(open.tenant(), bank.user(Role.EXECUTIVE), Role.EXECUTIVE);
        AppUser platformAdmin = fixture.platformAdmin();
        fixture.addMember(bank.tenant(), platformAdmin, Role.TENANT_ADMIN);
        MomentumAuthentication bankSession = logIn(manager, bank.user(Role.CX_MANAGER).getEmail());

        bank.loginAs(Role.TENANT_ADMIN);
        tenantSso.save(tenantSso.settings().version(), true, Role.CONTRIBUTOR);
        TestLogin.logout();

        assertThatThrownBy(() -> logIn(manager, bankOnly)).isInstanceOf(LockedException.class);
        MomentumAuthentication both = logIn(manager, bank.user(Role.EXECUTIVE).getEmail());
        assertThat(both.tenantId()).as("only the open tenant is left").isEqualTo(open.id());
        MomentumAuthentication admin = logIn(manager, platformAdmin.getEmail());
        SecurityContextHolder.getContext().setAuthentication(admin);
        assertThat(memberSession.availableTenants()).extracting(TenantMembershipView::tenantId).contains(bank.id());
        // a password session already in the bank ends at its next request
        assertThat(memberSession.revalidate(bankSession)).isEmpty();
    }

    @Test
    void bindingsAreCheckedAndSingleSignOnCanOnlyBeRequiredOfABoundTenant() {
        TestTenant unbound = fixture.create("sso-unbound");
        asPlatformAdmin(() -> {
            assertRefused(() -> tenantSso.bind(unbound.id(), tenantSso.settingsOf(unbound.id()).version(), energyOrg),
                    "tenants.sso.error.taken");
            assertRefused(() -> tenantSso.bind(unbound.id(), tenantSso.settingsOf(unbound.id()).version(),
                    "has spaces"), "tenants.sso.error.malformed");
            assertRefused(() -> tenantSso.bind(unbound.id(), 99, "fine-id"), "error.concurrentEdit");
        });
        unbound.loginAs(Role.TENANT_ADMIN);
        assertRefused(() -> tenantSso.save(tenantSso.settings().version(), true, Role.CONTRIBUTOR),
                "tenant.sso.error.notBound");
        assertRefused(() -> tenantSso.save(tenantSso.settings().version(), false, null), "tenant.sso.error.roleRequired");
        // only its administrators change it
        unbound.loginAs(Role.CX_MANAGER);
        assertThatThrownBy(() -> tenantSso.save(0, false, Role.CONTRIBUTOR))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> tenantSso.bind(unbound.id(), 0, "x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        // unbinding a tenant that required single sign-on drops the requirement, or nobody could sign in
        energy.loginAs(Role.TENANT_ADMIN);
        tenantSso.save(tenantSso.settings().version(), true, Role.CONTRIBUTOR);
        asPlatformAdmin(() -> {
            TenantSingleSignOn.Settings after = tenantSso.bind(energy.id(), tenantSso.settingsOf(energy.id()).version(), "");
            assertThat(after.bound()).isFalse();
            assertThat(after.required()).isFalse();
        });
    }

    private void asPlatformAdmin(Runnable work) {
        TestLogin.as(fixture.platformAdmin(), null, null);
        try {
            work.run();
        } finally {
            TestLogin.logout();
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static MomentumAuthentication logIn(AuthenticationManager manager, String email) {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(email,
                TenantFixture.PASSWORD);
        request.setDetails(new WebAuthenticationDetails("10.9." + (email.hashCode() & 0xff) + ".1", null));
        return (MomentumAuthentication) manager.authenticate(request);
    }

    private static SsoClaims claims(String subject, String email, String name, Set<String> organizations,
                                    Set<String> roles, Set<String> groups) {
        Map<String, String> byAlias = new java.util.LinkedHashMap<>();
        organizations.forEach(id -> byAlias.put("alias-" + id, id));
        return new SsoClaims(subject, email, true, name, Locale.forLanguageTag("nl"), byAlias, roles, groups);
    }
}
