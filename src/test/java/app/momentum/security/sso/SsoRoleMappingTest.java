package app.momentum.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.tenancy.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsoRoleMappingTest {

    private final SsoRoleMapping mapping = new SsoRoleMapping(Map.of(
            "momentum-tenant-admin", Role.TENANT_ADMIN, "momentum-cx-manager", Role.CX_MANAGER,
            "momentum-contributors", Role.CONTRIBUTOR, "Momentum-Executives", Role.EXECUTIVE));

    @Test
    void aRoleOrAGroupMapsCaseInsensitively() {
        assertThat(mapping.roleFor(claims(Set.of("MOMENTUM-CX-MANAGER"), Set.of()))).contains(Role.CX_MANAGER);
        assertThat(mapping.roleFor(claims(Set.of(), Set.of("momentum-executives")))).contains(Role.EXECUTIVE);
    }

    @Test
    void severalMappedRolesGiveTheOneThatMayDoMost() {
        assertThat(mapping.roleFor(claims(Set.of("momentum-cx-manager", "momentum-tenant-admin"), Set.of())))
                .contains(Role.TENANT_ADMIN);
        assertThat(mapping.roleFor(claims(Set.of("momentum-cx-manager"), Set.of("momentum-executives"))))
                .contains(Role.CX_MANAGER);
        assertThat(mapping.roleFor(claims(Set.of(), Set.of("momentum-executives", "momentum-contributors"))))
                .contains(Role.CONTRIBUTOR);
    }

    @Test
    void unmappedOrNoRolesGiveNoneSoTheTenantsRoleForNewMembersApplies() {
        assertThat(mapping.roleFor(claims(Set.of("offline_access", "default-roles-momentum"), Set.of("staff"))))
                .isEmpty();
        assertThat(mapping.roleFor(claims(Set.of(), Set.of()))).isEmpty();
    }

    @Test
    void oneNameMappedTwiceIsAConfigurationError() {
        assertThatThrownBy(() -> new SsoRoleMapping(Map.of("Admins", Role.TENANT_ADMIN, "admins", Role.EXECUTIVE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    private static SsoClaims claims(Set<String> roles, Set<String> groups) {
        return new SsoClaims("sub", "a@b.example", true, "A", null, Map.of(), roles, groups);
    }
}
