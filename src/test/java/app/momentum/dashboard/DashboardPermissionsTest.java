package app.momentum.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

/**
 * Everyone starts on the dashboard, each role on its own cockpit (contributors are no longer forwarded to "My
 * actions"); tenant admins and CX managers choose the headline KPIs.
 */
class DashboardPermissionsTest {

    @ParameterizedTest(name = "{0} sees the {1} cockpit; chooses headlines: {2}")
    @CsvSource({"TENANT_ADMIN, CX_MANAGER, true", "CX_MANAGER, CX_MANAGER, true", "CONTRIBUTOR, CONTRIBUTOR, false",
            "EXECUTIVE, EXECUTIVE, false"})
    void cockpitAndHeadlineChoicePerRole(Role role, Cockpit.Audience audience, boolean choosesHeadlines) {
        assertThat(DashboardPermissions.audience(role)).isEqualTo(audience);
        assertThat(DashboardPermissions.mayChooseHeadlines(role)).isEqualTo(choosesHeadlines);
    }

    @ParameterizedTest
    @NullSource
    void withoutATenantRoleTheContributorsCockpitAndNoChoice(Role role) {
        assertThat(DashboardPermissions.audience(role)).isEqualTo(Cockpit.Audience.CONTRIBUTOR);
        assertThat(DashboardPermissions.mayChooseHeadlines(role)).isFalse();
    }
}
