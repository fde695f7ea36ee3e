package app.momentum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** Method security reads the tenant roles from the authentication's authorities, and only those. */
class RoleTest {

    @Test
    void aRoleIsTheAuthorityWithSpringsPrefix() {
        assertThat(Role.CX_MANAGER.authority()).isEqualTo("ROLE_CX_MANAGER");
        assertThat(Role.EXECUTIVE.labelKey()).isEqualTo("role.EXECUTIVE");
    }

    @Test
    void theTenantRolesAmongTheAuthorities() {
        TestingAuthenticationToken member = new TestingAuthenticationToken("m", null,
                "ROLE_USER", "ROLE_PLATFORM_ADMIN", "API_READ", "CX_MANAGER", "ROLE_CONTRIBUTOR");
        assertThat(Role.heldBy(member)).containsExactly(Role.CONTRIBUTOR);
    }

    @Test
    void everyRoleItCarries() {
        TestingAuthenticationToken both = new TestingAuthenticationToken("m", null, "ROLE_EXECUTIVE", "ROLE_TENANT_ADMIN");
        assertThat(Role.heldBy(both)).containsExactlyInAnyOrder(Role.TENANT_ADMIN, Role.EXECUTIVE);
        assertThat(Role.anyHeldBy(both, role -> role == Role.EXECUTIVE)).isTrue();
        assertThat(Role.anyHeldBy(both, role -> role == Role.CX_MANAGER)).isFalse();
    }

    @Test
    void noneWithoutATenantOrAuthentication() {
        assertThat(Role.heldBy(new TestingAuthenticationToken("m", null, "ROLE_USER"))).isEmpty();
        assertThat(Role.heldBy(null)).isEmpty();
        assertThat(Role.anyHeldBy(null, role -> true)).isFalse();
    }
}
