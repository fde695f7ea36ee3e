package app.momentum.tenancy;

import app.momentum.tenancy.internal.Membership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.UserFacingException;
import app.momentum.security.TestLogin;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Tenant admins manage members: add, change role, deactivate, reactivate — and never lose the last admin. */
@SpringBootTest
class MemberManagementTest {

    @Autowired TenantFixture fixture;
    @Autowired MemberService members;
    @Autowired PasswordEncoder passwordEncoder;

    TestTenant tenant;
    UUID admin;

    @BeforeEach
    void loginAsAdmin() {
        tenant = fixture.create("members");
        tenant.loginAs(Role.TENANT_ADMIN);
        admin = tenant.user(Role.TENANT_ADMIN).getId();
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void addingANewPersonCreatesAnAccountWithAOneTimePassword() {
        MemberService.AddedMember added = members.addMember("  New.Person@Example.COM ", " New Person ", Role.CX_MANAGER,
                Locale.forLanguageTag("nl"));
        assertThat(added.initialPassword()).isPresent();
        Membership membership = added.membership();
        assertThat(membership.getRole()).isEqualTo(Role.CX_MANAGER);
        assertThat(membership.getUser().getEmail()).isEqualTo("new.person@example.com");
        assertThat(membership.getUser().getDisplayName()).isEqualTo("New Person");
        assertThat(membership.getUser().isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(added.initialPassword().get(), membership.getUser().getPasswordHash())).isTrue();
        assertThat(membership.getUser().getPasswordHash()).doesNotContain(added.initialPassword().get());
    }

    @Test
    void addingAPersonOfAnotherTenantKeepsTheirAccountAndPassword() {
        TestTenant other = fixture.create("other");
        String email = other.user(Role.CONTRIBUTOR).getEmail();
        tenant.loginAs(Role.TENANT_ADMIN);
        MemberService.AddedMember added = members.addMember(email, "Ignored Name", Role.EXECUTIVE, null);
        assertThat(added.initialPassword()).isEmpty();
        assertThat(added.membership().getUser().getId()).isEqualTo(other.user(Role.CONTRIBUTOR).getId());
    }

    @Test
    void invalidInputIsRefusedWithASpecificMessage() {
        assertRefused(() -> members.addMember("not-an-email", "Name", Role.CONTRIBUTOR, null), "validation.email");
        assertRefused(() -> members.addMember("ok@example.com", "  ", Role.CONTRIBUTOR, null), "validation.nameRequired");
        assertRefused(() -> members.addMember("ok@example.com", "Name", null, null), "members.error.roleRequired");
        assertRefused(() -> members.addMember(tenant.user(Role.EXECUTIVE).getEmail(), "Name", Role.CONTRIBUTOR, null),
                "members.error.alreadyMember");
    }

    @Test
    void theLastTenantAdminCanBeNeitherDemotedNorDeactivated() {
        Membership soleAdmin = tenant.membership(Role.TENANT_ADMIN);
        // another admin acts, so the self-protection rule is not what refuses
        Membership second = members.changeRole(tenant.membership(Role.CX_MANAGER).getId(),
                tenant.membership(Role.CX_MANAGER).getVersion(), Role.TENANT_ADMIN, admin);
        UUID secondAdmin = second.getUser().getId();
        members.deactivate(second.getId(), second.getVersion(), admin);

        assertRefused(() -> members.changeRole(soleAdmin.getId(), soleAdmin.getVersion(), Role.CONTRIBUTOR, secondAdmin),
                "members.error.lastAdmin");
        assertRefused(() -> members.deactivate(soleAdmin.getId(), soleAdmin.getVersion(), secondAdmin),
                "members.error.lastAdmin");
        assertThat(members.findMember(soleAdmin.getId()).orElseThrow().isActiveAdmin()).isTrue();
    }

    @Test
    void anAdminCanBeDemotedWhileAnotherAdminRemains() {
        Membership cx = tenant.membership(Role.CX_MANAGER);
        Membership promoted = members.changeRole(cx.getId(), cx.getVersion(), Role.TENANT_ADMIN, admin);
        Membership demoted = members.changeRole(promoted.getId(), promoted.getVersion(), Role.EXECUTIVE, admin);
        assertThat(demoted.getRole()).isEqualTo(Role.EXECUTIVE);
    }

    @Test
    void adminsCannotDemoteOrDeactivateThemselves() {
        Membership own = tenant.membership(Role.TENANT_ADMIN);
        assertRefused(() -> members.changeRole(own.getId(), own.getVersion(), Role.CONTRIBUTOR, admin), "members.error.ownRole");
        assertRefused(() -> members.deactivate(own.getId(), own.getVersion(), admin), "members.error.deactivateSelf");
    }

    @Test
    void deactivationKeepsTheMemberAndReactivationRestoresThem() {
        Membership contributor = tenant.membership(Role.CONTRIBUTOR);
        Membership deactivated = members.deactivate(contributor.getId(), contributor.getVersion(), admin);
        assertThat(deactivated.isActive()).isFalse();
        assertThat(members.listMembers()).extracting(Membership::getId).contains(contributor.getId());
        assertRefused(() -> members.addMember(contributor.getUser().getEmail(), "Again", Role.CONTRIBUTOR, null),
                "members.error.alreadyMemberInactive");
        Membership reactivated = members.reactivate(deactivated.getId(), deactivated.getVersion());
        assertThat(reactivated.isActive()).isTrue();
    }

    @Test
    void aChangeBasedOnAnOutdatedVersionIsRefused() {
        Membership contributor = tenant.membership(Role.CONTRIBUTOR);
        long loadedVersion = contributor.getVersion();
        members.changeRole(contributor.getId(), loadedVersion, Role.CX_MANAGER, admin);
        assertThatThrownBy(() -> members.changeRole(contributor.getId(), loadedVersion, Role.EXECUTIVE, admin))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(members.findMember(contributor.getId()).orElseThrow().getRole()).isEqualTo(Role.CX_MANAGER);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessage(messageKey);
    }
}
