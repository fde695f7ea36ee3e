package app.momentum.measurement;

import static app.momentum.testsupport.PermissionExpressions.allows;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Managers run measurement (KPIs, survey imports, every follow-up item); contributors handle their own follow-ups;
 * a moment's owner estimates it whatever their role.
 */
class MeasurementPermissionsTest {

    @ParameterizedTest(name = "{0} records KPIs and imports surveys: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, true", "CONTRIBUTOR, false", "EXECUTIVE, false"})
    void managersRunMeasurement(Role role, boolean allowed) {
        assertThat(MeasurementPermissions.mayRecordKpis(role)).isEqualTo(allowed);
        assertThat(MeasurementPermissions.mayImportSurveys(role)).isEqualTo(allowed);
        assertThat(MeasurementPermissions.mayHandleAnyFollowUp(role)).isEqualTo(allowed);
        assertThat(allows(MeasurementPermissions.MAY_RECORD_KPIS, new MeasurementPermissions(), role)).isEqualTo(allowed);
        assertThat(allows(MeasurementPermissions.MAY_IMPORT_SURVEYS, new MeasurementPermissions(), role)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} handles own follow-ups: {1}")
    @CsvSource({"TENANT_ADMIN, false", "CX_MANAGER, false", "CONTRIBUTOR, true", "EXECUTIVE, false"})
    void onlyContributorsAreLimitedToTheirOwnFollowUps(Role role, boolean allowed) {
        assertThat(MeasurementPermissions.mayHandleOwnFollowUps(role)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}, owner {1}: estimates {2}")
    @CsvSource({
            "TENANT_ADMIN, false, true", "TENANT_ADMIN, true, true",
            "CX_MANAGER, false, true", "CX_MANAGER, true, true",
            "CONTRIBUTOR, false, false", "CONTRIBUTOR, true, true",
            "EXECUTIVE, false, false", "EXECUTIVE, true, true"
    })
    void mayEstimate(Role role, boolean owner, boolean allowed) {
        assertThat(MeasurementPermissions.mayEstimate(role, owner)).isEqualTo(allowed);
    }

    @Test
    void withoutATenantRoleOnlyOwnershipCounts() {
        assertThat(MeasurementPermissions.mayRecordKpis((Role) null)).isFalse();
        assertThat(MeasurementPermissions.mayImportSurveys((Role) null)).isFalse();
        assertThat(MeasurementPermissions.mayHandleAnyFollowUp((Role) null)).isFalse();
        assertThat(MeasurementPermissions.mayHandleOwnFollowUps((Role) null)).isFalse();
        assertThat(MeasurementPermissions.mayEstimate(null, false)).isFalse();
        assertThat(MeasurementPermissions.mayEstimate(null, true)).isTrue();
        assertThat(allows(MeasurementPermissions.MAY_RECORD_KPIS, new MeasurementPermissions())).isFalse();
        assertThat(allows(MeasurementPermissions.MAY_IMPORT_SURVEYS, new MeasurementPermissions())).isFalse();
    }
}
