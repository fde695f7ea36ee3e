package app.momentum.security;

import app.momentum.tenancy.RoleNames;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantBound;
import app.momentum.tenancy.TenantMembershipView;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated user and, once chosen, the tenant they work in with their role there. The role is
 * the only tenant authority, so {@code @RolesAllowed} on views follows the selected tenant. Built in
 * one place ({@link MemberSession}) for every kind of login.
 */
public final class MomentumAuthentication extends AbstractAuthenticationToken implements TenantBound {

    public static final String PLATFORM_ADMIN = RoleNames.PLATFORM_ADMIN;

    private final MomentumUser user;
    private final TenantMembershipView membership;
    private final SignIn signIn;

    MomentumAuthentication(MomentumUser user, TenantMembershipView membership) {
        this(user, membership, SignIn.PASSWORD);
    }

    MomentumAuthentication(MomentumUser user, TenantMembershipView membership, SignIn signIn) {
        super(authorities(user, membership));
        this.user = user;
        this.membership = membership;
        this.signIn = signIn;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(MomentumUser user, TenantMembershipView membership) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (user.platformAdmin()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + PLATFORM_ADMIN));
        }
        if (membership != null) {
            authorities.add(new SimpleGrantedAuthority(membership.role().authority()));
        }
        return authorities;
    }

    public MomentumUser user() {
        return user;
    }

    /** How the user signed in: which tenants they may enter, and whether logout ends a Keycloak session too. */
    public SignIn signIn() {
        return signIn;
    }

    /** The selected tenant's membership, or null before a tenant is chosen. */
    public TenantMembershipView membership() {
        return membership;
    }

    /** The selected tenant, or null before a tenant is chosen. */
    @Override
    public UUID tenantId() {
        return membership == null ? null : membership.tenantId();
    }

    public Role role() {
        return membership == null ? null : membership.role();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.email();
    }
}
