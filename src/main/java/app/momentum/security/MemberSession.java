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
 * user (the local login form, or single sign-on through Keycloak: {@link SignIn}). Views ask this service who is working and
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
        return authenticationFor(userId, SignIn.PASSWORD);
    }

    /** As {@link #authenticationFor(UUID)}, among the tenants this sign-in admits. */
    public MomentumAuthentication authenticationFor(UUID userId, SignIn signIn) {
        Account user = TenantContext.callGlobal(() -> users.account(userId)).orElseThrow();
        List<TenantMembershipView> memberships = admitted(directory.activeMembershipsOf(userId), signIn,
                user.platformAdmin());
        TenantMembershipView only = memberships.size() == 1 ? memberships.getFirst() : null;
        return new MomentumAuthentication(toPrincipal(user), only, signIn);
    }

    /** The tenants of {@code userId} a sign-in of this kind admits (a password login: those not requiring SSO). */
    public List<TenantMembershipView> admittedTenants(UUID userId, SignIn signIn, boolean platformAdmin) {
        return admitted(directory.activeMembershipsOf(userId), signIn, platformAdmin);
    }

    private static List<TenantMembershipView> admitted(List<TenantMembershipView> memberships, SignIn signIn,
                                                       boolean platformAdmin) {
        return memberships.stream().filter(m -> signIn.admits(m, platformAdmin)).toList();
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
        MomentumAuthentication current = require();
        return admitted(directory.activeMembershipsOf(current.user().id()), current.signIn(),
                current.user().platformAdmin());
    }

    /**
     * Makes {@code tenantId} the current user's working tenant, with their role there, and announces it as
     * {@link TenantSwitched} (the session's other open tabs must stop working in the old tenant).
     *
     * @return false when the user is not an active member of that tenant (nothing changes)
     */
    public boolean switchTo(UUID tenantId) {
        MomentumAuthentication current = require();
        Optional<TenantMembershipView> membership = directory.activeMembership(current.user().id(), tenantId)
                .filter(m -> current.signIn().admits(m, current.user().platformAdmin()));
        membership.ifPresent(m -> {
            replace(new MomentumAuthentication(current.user(), m, current.signIn()));
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
        // a tenant that started requiring single sign-on sends its password users out at their next request
        Optional<TenantMembershipView> membership = directory.activeMembership(stored.user().id(), stored.tenantId())
                .filter(m -> stored.signIn().admits(m, user.get().platformAdmin()));
        if (membership.isEmpty()) {
            return Optional.empty();
        }
        if (membership.get().equals(stored.membership()) && user.get().displayName().equals(stored.user().displayName())) {
            return Optional.of(stored);
        }
        return Optional.of(new MomentumAuthentication(toPrincipal(user.get()), membership.get(), stored.signIn()));
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
