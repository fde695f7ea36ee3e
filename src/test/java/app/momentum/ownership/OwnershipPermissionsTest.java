package app.momentum.ownership;

import static app.momentum.testsupport.PermissionExpressions.allows;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Admins and CX managers assign the RACI matrix; everyone else reads it. */
class OwnershipPermissionsTest {

    @ParameterizedTest(name = "{0} assigns RACI: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, true", "CONTRIBUTOR, false", "EXECUTIVE, false"})
    void mayAssign(Role role, boolean allowed) {
        assertThat(OwnershipPermissions.mayAssign(role)).isEqualTo(allowed);
        assertThat(allows(OwnershipPermissions.MAY_ASSIGN, new OwnershipPermissions(), role)).isEqualTo(allowed);
    }

    @Test
    void withoutATenantRoleNobodyAssigns() {
        assertThat(OwnershipPermissions.mayAssign((Role) null)).isFalse();
        assertThat(allows(OwnershipPermissions.MAY_ASSIGN, new OwnershipPermissions())).isFalse();
    }
}
