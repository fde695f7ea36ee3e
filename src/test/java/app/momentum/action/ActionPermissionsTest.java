package app.momentum.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.action.domain.ActionStatus;
import app.momentum.base.UserFacingException;
import app.momentum.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every permission for every role: managers steer, contributors propose and keep their own, executives look. */
class ActionPermissionsTest {

    @ParameterizedTest(name = "{0} creates {1}: {2}")
    @CsvSource({
            "TENANT_ADMIN, IDEA, true",
            "TENANT_ADMIN, PLANNED, true",
            "TENANT_ADMIN, IN_PROGRESS, true",
            "TENANT_ADMIN, DONE, true",
            "TENANT_ADMIN, EFFECT_VERIFIED, false",
            "TENANT_ADMIN, DROPPED, false",
            "CX_MANAGER, IDEA, true",
            "CX_MANAGER, PLANNED, true",
            "CX_MANAGER, IN_PROGRESS, true",
            "CX_MANAGER, DONE, true",
            "CX_MANAGER, EFFECT_VERIFIED, false",
            "CX_MANAGER, DROPPED, false",
            "CONTRIBUTOR, IDEA, true",
            "CONTRIBUTOR, PLANNED, false",
            "CONTRIBUTOR, IN_PROGRESS, false",
            "CONTRIBUTOR, DONE, false",
            "CONTRIBUTOR, EFFECT_VERIFIED, false",
            "CONTRIBUTOR, DROPPED, false",
            "EXECUTIVE, IDEA, false",
            "EXECUTIVE, PLANNED, false",
            "EXECUTIVE, IN_PROGRESS, false",
            "EXECUTIVE, DONE, false",
            "EXECUTIVE, EFFECT_VERIFIED, false",
            "EXECUTIVE, DROPPED, false"
    })
    void mayCreate(Role role, ActionStatus initialStatus, boolean allowed) {
        assertThat(ActionPermissions.mayCreate(role, initialStatus)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}, owner {1}: {2}")
    @CsvSource({
            "TENANT_ADMIN, true, true",
            "TENANT_ADMIN, false, true",
            "CX_MANAGER, true, true",
            "CX_MANAGER, false, true",
            "CONTRIBUTOR, true, true",
            "CONTRIBUTOR, false, false",
            "EXECUTIVE, true, false",
            "EXECUTIVE, false, false"
    })
    void mayEdit(Role role, boolean isOwner, boolean allowed) {
        assertThat(ActionPermissions.mayEdit(role, isOwner)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}, owner {1}: {2}")
    @CsvSource({
            "TENANT_ADMIN, true, true",
            "TENANT_ADMIN, false, true",
            "CX_MANAGER, true, true",
            "CX_MANAGER, false, true",
            "CONTRIBUTOR, true, true",
            "CONTRIBUTOR, false, false",
            "EXECUTIVE, true, false",
            "EXECUTIVE, false, false"
    })
    void mayChangeStatus(Role role, boolean isOwner, boolean allowed) {
        assertThat(ActionPermissions.mayChangeStatus(role, isOwner)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, true", "CONTRIBUTOR, false", "EXECUTIVE, false"})
    void mayAssign(Role role, boolean allowed) {
        assertThat(ActionPermissions.mayAssign(role)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, true", "CONTRIBUTOR, true", "EXECUTIVE, false"})
    void mayComment(Role role, boolean allowed) {
        assertThat(ActionPermissions.mayComment(role)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} may own: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, true", "CONTRIBUTOR, true", "EXECUTIVE, false"})
    void mayOwnOnlyWhoMayWorkTheAction(Role role, boolean allowed) {
        assertThat(ActionPermissions.mayOwn(role)).isEqualTo(allowed);
        // an owner must be able to move their own action
        assertThat(ActionPermissions.mayChangeStatus(role, true)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"TENANT_ADMIN, true", "CX_MANAGER, true", "CONTRIBUTOR, true", "EXECUTIVE, true"})
    void mayExport(Role role, boolean allowed) {
        assertThat(ActionPermissions.mayExport(role)).isEqualTo(allowed);
    }

    @Test
    void theMatricesAboveCoverEveryRole() {
        assertThat(Role.values()).containsExactly(Role.TENANT_ADMIN, Role.CX_MANAGER, Role.CONTRIBUTOR, Role.EXECUTIVE);
        assertThat(ActionStatus.values()).hasSize(6);
    }

    @Test
    void anExecutiveCanDoNothingButExport() {
        Role executive = Role.EXECUTIVE;
        for (ActionStatus status : ActionStatus.values()) {
            assertThat(ActionPermissions.mayCreate(executive, status)).isFalse();
        }
        assertThat(ActionPermissions.mayEdit(executive, true)).isFalse();
        assertThat(ActionPermissions.mayChangeStatus(executive, true)).isFalse();
        assertThat(ActionPermissions.mayAssign(executive)).isFalse();
        assertThat(ActionPermissions.mayComment(executive)).isFalse();
        assertThat(ActionPermissions.mayExport(executive)).isTrue();
    }

    @Test
    void requirePassesWhenAllowedAndRefusesOtherwise() {
        assertThatCode(() -> ActionPermissions.require(true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ActionPermissions.require(ActionPermissions.mayEdit(Role.CONTRIBUTOR, false)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("action.error.notAllowed");
                    assertThat(e.arguments()).isEmpty();
                });
    }

    @Test
    void aMissingRoleOrStatusIsAProgrammingError() {
        assertThatThrownBy(() -> ActionPermissions.mayCreate(null, ActionStatus.IDEA))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ActionPermissions.mayCreate(Role.TENANT_ADMIN, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ActionPermissions.mayEdit(null, true)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ActionPermissions.mayExport((Role) null)).isInstanceOf(NullPointerException.class);
    }
}
