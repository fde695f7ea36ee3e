package app.momentum.security;

import app.momentum.tenancy.TenantMembershipView;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * How a user signed in, and so which of their tenants they may enter: with a local password, every tenant that
 * does not require single sign-on (a platform administrator: every one); through their organisation, the tenants
 * bound to the organisations in the token.
 *
 * @param tenantIds by single sign-on: the tenants the token admits
 * @param idToken   by single sign-on: the ID token, which ends the Keycloak session at logout (never logged)
 */
public record SignIn(boolean singleSignOn, Set<UUID> tenantIds, String idToken) implements Serializable {

    /** With a local password. */
    public static final SignIn PASSWORD = new SignIn(false, Set.of(), null);

    public SignIn {
        tenantIds = Set.copyOf(tenantIds);
    }

    public static SignIn singleSignOn(Set<UUID> tenantIds, String idToken) {
        return new SignIn(true, tenantIds, idToken);
    }

    /** Whether this sign-in lets the user work in the membership's tenant. */
    public boolean admits(TenantMembershipView membership, boolean platformAdmin) {
        return singleSignOn ? tenantIds.contains(membership.tenantId()) : !membership.ssoRequired() || platformAdmin;
    }

    @Override
    public String toString() {
        return "SignIn[" + (singleSignOn ? "single sign-on, tenants " + tenantIds : "password") + "]";
    }
}
