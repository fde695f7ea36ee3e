package app.momentum.api;

import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantBound;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token: the token's tenant and scope, no user. The scope authorities guard
 * the API's URLs; the role lets the existing services' {@code @PreAuthorize} checks apply unchanged. A read-write
 * token acts with a CX manager's rights in its tenant (journeys, moments, KPI values) and never a tenant admin's,
 * so a token cannot manage members or other tokens; a read token acts as an executive (read-only).
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken implements TenantBound {

    public static final String READ = "API_READ";
    public static final String WRITE = "API_WRITE";

    private final UUID tokenId;
    private final UUID tenantId;
    private final ApiTokenScope scope;

    ApiTokenAuthentication(UUID tokenId, UUID tenantId, ApiTokenScope scope) {
        super(authorities(scope));
        this.tokenId = tokenId;
        this.tenantId = tenantId;
        this.scope = scope;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(ApiTokenScope scope) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(READ));
        if (scope == ApiTokenScope.READ_WRITE) {
            authorities.add(new SimpleGrantedAuthority(WRITE));
            authorities.add(new SimpleGrantedAuthority(Role.CX_MANAGER.authority()));
        } else {
            authorities.add(new SimpleGrantedAuthority(Role.EXECUTIVE.authority()));
        }
        return authorities;
    }

    public UUID tokenId() {
        return tokenId;
    }

    @Override
    public UUID tenantId() {
        return tenantId;
    }

    public ApiTokenScope scope() {
        return scope;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return "api-token:" + tokenId;
    }
}
