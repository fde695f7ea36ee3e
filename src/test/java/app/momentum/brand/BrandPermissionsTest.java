package app.momentum.brand;

import static app.momentum.testsupport.PermissionExpressions.allows;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Admins and CX managers own the brand promise; everyone else reads it. Views and method security agree. */
class BrandPermissionsTest {

    @ParameterizedTest(name = "{0} edits the brand: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, true", "CONTRIBUTOR, false", "EXECUTIVE, false"})
    void mayEdit(Role role, boolean allowed) {
        assertThat(BrandPermissions.mayEdit(role)).isEqualTo(allowed);
        assertThat(allows(BrandPermissions.MAY_EDIT, new BrandPermissions(), role)).isEqualTo(allowed);
    }

    @Test
    void withoutATenantRoleNobodyEdits() {
        assertThat(BrandPermissions.mayEdit((Role) null)).isFalse();
        assertThat(allows(BrandPermissions.MAY_EDIT, new BrandPermissions())).isFalse();
    }
}
