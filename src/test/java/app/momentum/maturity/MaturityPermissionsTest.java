package app.momentum.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.tenancy.Role;
import org.junit.jupiter.api.Test;

/** Who runs the scan, who reads every result, and when a participant sees the round's results. */
class MaturityPermissionsTest {

    @Test
    void onlyCxManagersAndTenantAdminsOpenAndCloseRounds() {
        assertThat(MaturityPermissions.mayManage(Role.TENANT_ADMIN)).isTrue();
        assertThat(MaturityPermissions.mayManage(Role.CX_MANAGER)).isTrue();
        assertThat(MaturityPermissions.mayManage(Role.CONTRIBUTOR)).isFalse();
        assertThat(MaturityPermissions.mayManage(Role.EXECUTIVE)).isFalse();
        assertThat(MaturityPermissions.mayManage(null)).isFalse();
    }

    @Test
    void managersAdminsAndExecutivesAlwaysSeeResults() {
        for (Role role : new Role[] {Role.TENANT_ADMIN, Role.CX_MANAGER, Role.EXECUTIVE}) {
            assertThat(MaturityPermissions.maySeeResults(role, false, false)).as(role.name()).isTrue();
            assertThat(MaturityPermissions.maySeeResults(role, true, false)).as(role.name()).isTrue();
            assertThat(MaturityPermissions.maySeeRound(role, false)).as(role.name()).isTrue();
        }
    }

    @Test
    void aParticipatingContributorSeesResultsOnlyAfterSubmitting() {
        assertThat(MaturityPermissions.maySeeRound(Role.CONTRIBUTOR, true)).isTrue();
        assertThat(MaturityPermissions.maySeeResults(Role.CONTRIBUTOR, true, false)).isFalse();
        assertThat(MaturityPermissions.maySeeResults(Role.CONTRIBUTOR, true, true)).isTrue();
    }

    @Test
    void aContributorWhoDoesNotParticipateNeverSeesTheRoundOrItsResults() {
        assertThat(MaturityPermissions.maySeeRound(Role.CONTRIBUTOR, false)).isFalse();
        assertThat(MaturityPermissions.maySeeResults(Role.CONTRIBUTOR, false, false)).isFalse();
        assertThat(MaturityPermissions.maySeeResults(null, true, true)).isFalse();
        assertThat(MaturityPermissions.maySeeRound(null, true)).isFalse();
    }

    @Test
    void aRefusalSaysTheRoleDoesNotAllowIt() {
        MaturityPermissions.require(true);
        assertThatThrownBy(() -> MaturityPermissions.require(false)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("maturityScan.error.notAllowed"));
    }
}
