package app.momentum.discipline;

import static app.momentum.testsupport.PermissionExpressions.allows;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Admins and CX managers shape the disciplines; views and method security agree. */
class DisciplinePermissionsTest {

    @ParameterizedTest(name = "{0} manages disciplines: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, true", "CONTRIBUTOR, false", "EXECUTIVE, false"})
    void mayManage(Role role, boolean allowed) {
        assertThat(DisciplinePermissions.mayManage(role)).isEqualTo(allowed);
        assertThat(allows(DisciplinePermissions.MAY_MANAGE, new DisciplinePermissions(), role)).isEqualTo(allowed);
    }

    @Test
    void withoutATenantRoleNobodyManages() {
        assertThat(DisciplinePermissions.mayManage((Role) null)).isFalse();
        assertThat(allows(DisciplinePermissions.MAY_MANAGE, new DisciplinePermissions())).isFalse();
    }
}
