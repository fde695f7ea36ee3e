package app.momentum.api;

import static app.momentum.testsupport.PermissionExpressions.allows;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only tenant admins manage API tokens, and a token's own stand-in role never may. */
class ApiPermissionsTest {

    @ParameterizedTest(name = "{0} manages tokens: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, false", "CONTRIBUTOR, false", "EXECUTIVE, false"})
    void mayManageTokens(Role role, boolean allowed) {
        assertThat(ApiPermissions.mayManageTokens(role)).isEqualTo(allowed);
        assertThat(allows(ApiPermissions.MAY_MANAGE_TOKENS, new ApiPermissions(), role)).isEqualTo(allowed);
    }

    @Test
    void aTokenCannotManageTokens() {
        for (ApiTokenScope scope : ApiTokenScope.values()) {
            assertThat(allows(ApiPermissions.MAY_MANAGE_TOKENS, new ApiPermissions(),
                    new ApiTokenAuthentication(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), scope))).isFalse();
        }
    }

    @Test
    void withoutATenantRoleNobodyManagesTokens() {
        assertThat(ApiPermissions.mayManageTokens((Role) null)).isFalse();
        assertThat(allows(ApiPermissions.MAY_MANAGE_TOKENS, new ApiPermissions())).isFalse();
    }
}
