package app.momentum.tenancy;

import app.momentum.tenancy.internal.Membership;
import app.momentum.tenancy.internal.MembershipRepository;
import app.momentum.base.TenantContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.security.TestLogin;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member of one tenant cannot read, list, change or delete another tenant's memberships through
 * repositories or services, whatever id they guess. (Routes: see {@code MemberViewTest}.)
 */
@SpringBootTest
class TenantIsolationTest {

    @Autowired TenantFixture fixture;
    @Autowired MembershipRepository memberships;
    @Autowired MemberService memberService;
    @Autowired TransactionTemplate transaction;
    @Autowired EntityManager entityManager;

    TestTenant energy;
    TestTenant bank;
    Membership bankContributor;

    @BeforeEach
    void twoTenants() {
        energy = fixture.create("energy");
        bank = fixture.create("bank");
        bankContributor = bank.membership(Role.CONTRIBUTOR);
        energy.loginAs(Role.TENANT_ADMIN);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void listingShowsOnlyTheOwnTenantsMembers() {
        assertThat(memberships.findAll()).extracting(Membership::getTenantId).containsOnly(energy.id());
        assertThat(memberService.listMembers()).hasSize(Role.values().length)
                .extracting(Membership::getTenantId).containsOnly(energy.id());
        assertThat(memberships.count()).isEqualTo(Role.values().length);
    }

    @Test
    void anotherTenantsIdIsNotFound() {
        assertThat(memberships.findById(bankContributor.getId())).isEmpty();
        assertThat(memberships.existsById(bankContributor.getId())).isFalse();
        assertThat(memberService.findMember(bankContributor.getId())).isEmpty();
        assertThat(memberships.findByUserId(bank.user(Role.CONTRIBUTOR).getId())).isEmpty();
        Membership viaEntityManager = transaction.execute(s -> entityManager.find(Membership.class, bankContributor.getId()));
        assertThat(viaEntityManager).isNull();
    }

    @Test
    void anotherTenantsMemberCannotBeChanged() {
        UUID id = bankContributor.getId();
        long version = bankContributor.getVersion();
        UUID actor = energy.user(Role.TENANT_ADMIN).getId();
        assertNotFound(() -> memberService.changeRole(id, version, Role.TENANT_ADMIN, actor));
        assertNotFound(() -> memberService.deactivate(id, version, actor));
        assertNotFound(() -> memberService.reactivate(id, version));
        assertThat(bankMember().getRole()).isEqualTo(Role.CONTRIBUTOR);
        assertThat(bankMember().isActive()).isTrue();
    }

    @Test
    void anotherTenantsMemberCannotBeDeleted() {
        memberships.deleteById(bankContributor.getId());
        memberships.deleteAllById(java.util.List.of(bankContributor.getId()));
        int updated = transaction.execute(s -> entityManager
                .createQuery("update Membership m set m.active = false where m.id = :id")
                .setParameter("id", bankContributor.getId()).executeUpdate());
        assertThat(updated).isZero();
        assertThat(bankMember().isActive()).isTrue();
    }

    @Test
    void newRowsAreStampedWithTheCurrentTenant() {
        Membership added = memberService.addMember("newcomer-" + UUID.randomUUID() + "@test.test", "Newcomer",
                Role.CONTRIBUTOR, null).membership();
        assertThat(added.getTenantId()).isEqualTo(energy.id());
        TestLogin.logout();
        assertThat(TenantContext.callInTenant(bank.id(), () -> memberships.findById(added.getId()))).isEmpty();
    }

    @Test
    void dataAccessWithoutAnyTenantFailsInsteadOfShowingEverything() {
        TestLogin.logout();
        assertThatThrownBy(() -> memberships.findAll()).hasRootCauseInstanceOf(TenantIdentifierResolver.NoTenantException.class);
        assertThat(TenantContext.callGlobal(() -> memberships.findAll())).isEmpty();
    }

    private Membership bankMember() {
        TestLogin.logout();
        try {
            return TenantContext.callInTenant(bank.id(), () -> memberships.findById(bankContributor.getId())).orElseThrow();
        } finally {
            energy.loginAs(Role.TENANT_ADMIN);
        }
    }

    private static void assertNotFound(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOf(UserFacingException.class).hasMessage("error.notFound");
    }
}
