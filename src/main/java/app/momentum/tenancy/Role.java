package app.momentum.tenancy;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A member's role within one tenant. Its names are spelt as constants in {@link RoleNames} for {@code @RolesAllowed}
 * values on views; what each role may do is decided by the modules' {@code XxxPermissions} policies, never by
 * comparing roles elsewhere.
 */
public enum Role {
    TENANT_ADMIN,
    CX_MANAGER,
    CONTRIBUTOR,
    /** Read-only: reviews progress. */
    EXECUTIVE;

    /** Spring Security's prefix that turns a role name into an authority. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    /** The Spring Security authority for this role. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** Translation key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }

    /**
     * The tenant roles an authentication carries as authorities: a signed-in member's one role, an API token's
     * stand-in role, none for someone who has not chosen a tenant. Other authorities (platform admin, API scopes)
     * are not tenant roles and are ignored.
     */
    public static Set<Role> heldBy(Authentication authentication) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        if (authentication == null) {
            return held;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            for (Role role : values()) {
                if (role.authority().equals(granted.getAuthority())) {
                    held.add(role);
                }
            }
        }
        return held;
    }

    /**
     * Whether any tenant role the authentication carries passes {@code rule}: what method security asks a module's
     * policy, with the meaning {@code hasAnyRole} had.
     */
    public static boolean anyHeldBy(Authentication authentication, Predicate<Role> rule) {
        return heldBy(authentication).stream().anyMatch(rule);
    }
}
