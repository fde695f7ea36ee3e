package app.momentum.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

/** Contributors start on their own actions; everyone else on the dashboard. */
class DashboardPermissionsTest {

    @ParameterizedTest(name = "{0} starts on own actions: {1}")
    @CsvSource({"TENANT_ADMIN, false", "CX_MANAGER, false", "CONTRIBUTOR, true", "EXECUTIVE, false"})
    void startsOnOwnActions(Role role, boolean ownActions) {
        assertThat(DashboardPermissions.startsOnOwnActions(role)).isEqualTo(ownActions);
    }

    @ParameterizedTest
    @NullSource
    void withoutATenantRoleTheDashboard(Role role) {
        assertThat(DashboardPermissions.startsOnOwnActions(role)).isFalse();
    }
}
