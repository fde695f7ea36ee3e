package app.momentum.governance;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import org.junit.jupiter.api.Test;

class GovernancePermissionsTest {

    @Test
    void onlyCxManagersAndTenantAdminsMoveStages() {
        assertThat(GovernancePermissions.mayMove(Role.CX_MANAGER)).isTrue();
        assertThat(GovernancePermissions.mayMove(Role.TENANT_ADMIN)).isTrue();
        assertThat(GovernancePermissions.mayMove(Role.CONTRIBUTOR)).isFalse();
        assertThat(GovernancePermissions.mayMove(Role.EXECUTIVE)).isFalse();
        assertThat(GovernancePermissions.mayMove(null)).isFalse();
    }

    @Test
    void onlyTenantAdminsConfigureTheGates() {
        assertThat(GovernancePermissions.mayConfigure(Role.TENANT_ADMIN)).isTrue();
        for (Role role : new Role[] {Role.CX_MANAGER, Role.CONTRIBUTOR, Role.EXECUTIVE, null}) {
            assertThat(GovernancePermissions.mayConfigure(role)).as(String.valueOf(role)).isFalse();
        }
    }
}
