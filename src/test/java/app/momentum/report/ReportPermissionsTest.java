package app.momentum.report;

import static app.momentum.testsupport.PermissionExpressions.allows;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Admins, CX managers and executives read the board report; only admins schedule it. Views and method security agree. */
class ReportPermissionsTest {

    @ParameterizedTest(name = "{0} reads the report: {1}, schedules it: {2}")
    @CsvSource({"TENANT_ADMIN, true, true", "CX_MANAGER, true, false", "EXECUTIVE, true, false",
            "CONTRIBUTOR, false, false"})
    void readAndSchedule(Role role, boolean reads, boolean schedules) {
        assertThat(ReportPermissions.mayRead(role)).isEqualTo(reads);
        assertThat(allows(ReportPermissions.MAY_READ, new ReportPermissions(), role)).isEqualTo(reads);
        assertThat(ReportPermissions.maySchedule(role)).isEqualTo(schedules);
        assertThat(allows(ReportPermissions.MAY_SCHEDULE, new ReportPermissions(), role)).isEqualTo(schedules);
    }

    @Test
    void withoutATenantRoleNobodyReadsOrSchedules() {
        assertThat(ReportPermissions.mayRead((Role) null)).isFalse();
        assertThat(ReportPermissions.maySchedule((Role) null)).isFalse();
        assertThat(allows(ReportPermissions.MAY_READ, new ReportPermissions())).isFalse();
        assertThat(allows(ReportPermissions.MAY_SCHEDULE, new ReportPermissions())).isFalse();
    }
}
