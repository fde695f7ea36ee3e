package app.momentum.security.sso;

import app.momentum.base.TenantContext;
import app.momentum.tenancy.TenantSingleSignOn;
import app.momentum.tenancy.TenantSingleSignOn.Arrival;
import app.momentum.user.AppUser;
import app.momentum.user.SingleSignOnAccounts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a single sign-on lets someone do: the tenants bound to the organisations in their token, their account
 * created or updated, and their membership of each of those tenants (joined with the mapped role, or the tenant's
 * role for new members; a deactivated member stays out). Refused, with the reason the refusal page explains.
 */
public class SsoSignIn {

    private static final Logger log = LoggerFactory.getLogger(SsoSignIn.class);

    /** Why a sign-in was refused; each has its own explanation and whom to ask. */
    public enum Refusal {
        /** The person belongs to no organisation in Keycloak. */
        NO_ORGANISATION,
        /** None of their organisations is connected to a Momentum tenant. */
        NOT_CONNECTED,
        /** They were deactivated in every tenant of their organisations. */
        DEACTIVATED,
        /** Their Momentum account is deactivated. */
        ACCOUNT_INACTIVE,
        /** The address belongs to a Momentum account that may not be linked. */
        ACCOUNT_CONFLICT,
        /** The token names no user or no e-mail address: the realm's client is set up wrongly. */
        UNIDENTIFIED
    }

    /** The outcome: the user and the tenants they may enter, or why not. */
    public record Outcome(UUID userId, Set<UUID> tenantIds, Refusal refusal) {

        static Outcome admitted(UUID userId, Set<UUID> tenantIds) {
            return new Outcome(userId, Set.copyOf(tenantIds), null);
        }

        static Outcome refused(Refusal refusal) {
            return new Outcome(null, Set.of(), refusal);
        }

        public boolean admitted() {
            return refusal == null;
        }
    }

    private final TenantSingleSignOn tenants;
    private final SingleSignOnAccounts accounts;
    private final SsoRoleMapping roles;
    private final TransactionTemplate transaction;

    public static SsoSignIn create(TenantSingleSignOn tenants, SingleSignOnAccounts accounts, SsoRoleMapping roles,
                                   PlatformTransactionManager transactions) {
        return new SsoSignIn(tenants, accounts, roles, transactions);
    }

    private SsoSignIn(TenantSingleSignOn tenants, SingleSignOnAccounts accounts, SsoRoleMapping roles,
              PlatformTransactionManager transactions) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.roles = roles;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A token that identifies nobody (see {@link SsoClaims#from}). */
    public static Outcome unidentified() {
        return Outcome.refused(Refusal.UNIDENTIFIED);
    }

    public Outcome signIn(SsoClaims claims) {
        if (claims.organizationIds().isEmpty()) {
            return refused(claims, Refusal.NO_ORGANISATION);
        }
        List<TenantSingleSignOn.Settings> bound = tenants.boundTo(claims.organizationIds());
        if (bound.isEmpty()) {
            return refused(claims, Refusal.NOT_CONNECTED);
        }
        Optional<AppUser> account = TenantContext.callGlobal(() -> transaction.execute(status ->
                accounts.signedIn(new SingleSignOnAccounts.Identity(claims.subject(), claims.email(),
                        claims.emailVerified(), claims.displayName(), claims.language()))));
        if (account.isEmpty()) {
            return refused(claims, Refusal.ACCOUNT_CONFLICT);
        }
        AppUser user = account.get();
        if (!user.isActive()) {
            return refused(claims, Refusal.ACCOUNT_INACTIVE);
        }
        var role = roles.roleFor(claims);
        Set<UUID> admitted = new LinkedHashSet<>();
        for (TenantSingleSignOn.Settings tenant : bound) {
            if (tenants.arrive(tenant.tenantId(), user, role) != Arrival.DEACTIVATED) {
                admitted.add(tenant.tenantId());
            }
        }
        if (admitted.isEmpty()) {
            return refused(claims, Refusal.DEACTIVATED);
        }
        log.info("User {} signed in by single sign-on to tenants {}", user.getId(), admitted);
        return Outcome.admitted(user.getId(), admitted);
    }

    private static Outcome refused(SsoClaims claims, Refusal refusal) {
        log.info("Single sign-on of Keycloak user {} refused: {}", claims.subject(), refusal);
        return Outcome.refused(refusal);
    }
}
