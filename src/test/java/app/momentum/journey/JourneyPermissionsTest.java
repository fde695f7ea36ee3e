package app.momentum.journey;

import static app.momentum.testsupport.PermissionExpressions.allows;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Managers steer the journey portfolio; contributors design maps with them; executives look. */
class JourneyPermissionsTest {

    @ParameterizedTest(name = "{0} manages journeys: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, true", "CONTRIBUTOR, false", "EXECUTIVE, false"})
    void mayManage(Role role, boolean allowed) {
        assertThat(JourneyPermissions.mayManage(role)).isEqualTo(allowed);
        assertThat(allows(JourneyPermissions.MAY_MANAGE, new JourneyPermissions(), role)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} designs a map: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, true", "CONTRIBUTOR, true", "EXECUTIVE, false"})
    void mayDesign(Role role, boolean allowed) {
        assertThat(JourneyPermissions.mayDesign(role)).isEqualTo(allowed);
        assertThat(allows(JourneyPermissions.MAY_DESIGN, new JourneyPermissions(), role)).isEqualTo(allowed);
    }

    @Test
    void withoutATenantRoleNobodyManagesOrDesigns() {
        assertThat(JourneyPermissions.mayManage((Role) null)).isFalse();
        assertThat(JourneyPermissions.mayDesign((Role) null)).isFalse();
        assertThat(allows(JourneyPermissions.MAY_MANAGE, new JourneyPermissions())).isFalse();
        assertThat(allows(JourneyPermissions.MAY_DESIGN, new JourneyPermissions())).isFalse();
    }
}
