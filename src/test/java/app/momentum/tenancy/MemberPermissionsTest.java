package app.momentum.tenancy;

import static app.momentum.testsupport.PermissionExpressions.allows;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only tenant admins manage members; CX managers answer for what nobody owns, tenant admins stand in. */
class MemberPermissionsTest {

    @ParameterizedTest(name = "{0} manages members: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, false", "CONTRIBUTOR, false", "EXECUTIVE, false"})
    void mayManage(Role role, boolean allowed) {
        assertThat(MemberPermissions.mayManage(role)).isEqualTo(allowed);
        assertThat(allows(MemberPermissions.MAY_MANAGE, new MemberPermissions(), role)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} asked first: {1}, asked instead: {2}")
    @CsvSource({"TENANT_ADMIN, false, true", "CX_MANAGER, true, false", "CONTRIBUTOR, false, false",
            "EXECUTIVE, false, false"})
    void whoIsAskedAboutWhatNobodyOwns(Role role, boolean first, boolean instead) {
        assertThat(MemberPermissions.isAskedFirst(role)).isEqualTo(first);
        assertThat(MemberPermissions.isAskedInstead(role)).isEqualTo(instead);
    }

    @Test
    void withoutATenantRoleNobodyManagesOrIsAsked() {
        assertThat(MemberPermissions.mayManage((Role) null)).isFalse();
        assertThat(MemberPermissions.isAskedFirst(null)).isFalse();
        assertThat(MemberPermissions.isAskedInstead(null)).isFalse();
        assertThat(allows(MemberPermissions.MAY_MANAGE, new MemberPermissions())).isFalse();
    }
}
