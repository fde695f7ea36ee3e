package app.momentum.security.sso;

import app.momentum.tenancy.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which Momentum role a person gets from their Keycloak realm roles and groups ({@code momentum.sso.role-mapping},
 * names compared without regard to case). Someone with several mapped roles gets the one that may do most: tenant
 * administrator, CX manager, contributor, executive (an executive reads and reviews, a contributor also edits).
 * Nothing mapped: empty, and the tenant's role for new members applies to a newcomer.
 */
public final class SsoRoleMapping {

    /** From most to least a member may do. */
    private static final List<Role> PRECEDENCE = List.of(Role.TENANT_ADMIN, Role.CX_MANAGER, Role.CONTRIBUTOR,
            Role.EXECUTIVE);

    private final Map<String, Role> byName;

    public SsoRoleMapping(Map<String, Role> byName) {
        this.byName = byName.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.getKey().strip().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> {
                    throw new IllegalArgumentException("momentum.sso.role-mapping names one role or group twice");
                }));
    }

    public Optional<Role> roleFor(SsoClaims claims) {
        return Stream.concat(claims.roles().stream(), claims.groups().stream())
                .map(name -> byName.get(name.toLowerCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull)
                .min(Comparator.comparingInt(PRECEDENCE::indexOf));
    }
}
