package app.momentum.security;

import app.momentum.tenancy.CurrentMember;
import app.momentum.tenancy.MembershipDirectory;
import app.momentum.base.TenantContext;
import app.momentum.tenancy.TenantMembershipView;
import app.momentum.user.UserAccounts;
import app.momentum.user.UserAccounts.Account;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Resolves a login into (user, tenant, role) — the one place that does so, whatever authenticated the
 * user (the local login form now, an OIDC provider later). Views ask this service who is working and
 * where, and switch tenants through it.
 */
@Service
public class MemberSession implements CurrentMember {

    private static final Logger log = LoggerFactory.getLogger(MemberSession.class);

    private final UserAccounts users;
    private final MembershipDirectory directory;
    private final SecurityContextStore contextStore;
    private final ApplicationEventPublisher publisher;

    MemberSession(UserAccounts users, MembershipDirectory directory, SecurityContextStore contextStore,
                  ApplicationEventPublisher publisher) {
        this.users = users;
        this.directory = directory;
        this.contextStore = contextStore;
        this.publisher = publisher;
    }

    /**
     * The authentication for a user who just proved who they are. A member of exactly one tenant works
     * in that tenant at once; a member of several picks one first.
     */
    public MomentumAuthentication authenticationFor(UUID userId) {
        Account user = TenantContext.callGlobal(() -> users.account(userId)).orElseThrow();
        List<TenantMembershipView> memberships = directory.activeMembershipsOf(userId);
        TenantMembershipView only = memberships.size() == 1 ? memberships.getFirst() : null;
        return new MomentumAuthentication(toPrincipal(user), only);
    }

    /** The current authentication, when a Momentum user is logged in. */
    public Optional<MomentumAuthentication> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof MomentumAuthentication momentum ? Optional.of(momentum) : Optional.empty();
    }

    public MomentumAuthentication require() {
        return current().orElseThrow(() -> new IllegalStateException("No Momentum user is logged in"));
    }

    @Override
    public UUID userId() {
        return require().user().id();
    }

    /** The tenants the current user may enter. */
    public List<TenantMembershipView> availableTenants() {
        return directory.activeMembershipsOf(require().user().id());
    }

    /**
     * Makes {@code tenantId} the current user's working tenant, with their role there, and announces it as
     * {@link TenantSwitched} (the session's other open tabs must stop working in the old tenant).
     *
     * @return false when the user is not an active member of that tenant (nothing changes)
     */
    public boolean switchTo(UUID tenantId) {
        MomentumAuthentication current = require();
        Optional<TenantMembershipView> membership = directory.activeMembership(current.user().id(), tenantId);
        membership.ifPresent(m -> {
            replace(new MomentumAuthentication(current.user(), m));
            log.info("User {} now works in tenant {} as {}", current.user().id(), m.tenantId(), m.role());
            publisher.publishEvent(new TenantSwitched(current.user().id(), m));
        });
        return membership.isPresent();
    }

    /**
     * Re-checks the stored authentication against the database, so that a deactivation or a role change
     * takes effect on the user's next request rather than at their next login.
     *
     * @return the up-to-date authentication, or empty when the user may no longer work at all
     */
    Optional<MomentumAuthentication> revalidate(MomentumAuthentication stored) {
        Optional<Account> user = TenantContext.callGlobal(() -> users.account(stored.user().id()))
                .filter(Account::active);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        if (stored.tenantId() == null) {
            return Optional.of(stored);
        }
        Optional<TenantMembershipView> membership = directory.activeMembership(stored.user().id(), stored.tenantId());
        if (membership.isEmpty()) {
            return Optional.empty();
        }
        if (membership.get().equals(stored.membership()) && user.get().displayName().equals(stored.user().displayName())) {
            return Optional.of(stored);
        }
        return Optional.of(new MomentumAuthentication(toPrincipal(user.get()), membership.get()));
    }

    /** Refreshes the principal after the user changed their own profile. */
    public void refreshPrincipal() {
        current().flatMap(this::revalidate).ifPresent(this::replace);
    }

    void replace(MomentumAuthentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextStore.save(context);
    }

    private static MomentumUser toPrincipal(Account user) {
        return new MomentumUser(user.id(), user.email(), user.displayName(), user.platformAdmin());
    }
}
