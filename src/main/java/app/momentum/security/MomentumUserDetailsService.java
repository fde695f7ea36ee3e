package app.momentum.security;

import app.momentum.tenancy.MembershipDirectory;
import app.momentum.base.TenantContext;
import app.momentum.user.UserAccounts;
import app.momentum.user.UserAccounts.LoginAccount;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads a local account for the login form. A user can log in while their account is active and either a platform
 * administrator or an active member of at least one tenant that does not require single sign-on; a member whose
 * tenants all require it is "locked" (the login page then says to sign in through their organisation). Not a bean:
 * only {@link MomentumAuthenticationProvider} uses it.
 */
class MomentumUserDetailsService implements UserDetailsService {

    private final UserAccounts users;
    private final MembershipDirectory directory;

    MomentumUserDetailsService(UserAccounts users, MembershipDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        LoginAccount user = TenantContext.callGlobal(() -> users.forLogin(email))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        var memberships = directory.activeMembershipsOf(user.id());
        boolean mayEnter = user.platformAdmin() || memberships.stream().anyMatch(m -> SignIn.PASSWORD.admits(m, false));
        // every tenant of the member requires single sign-on: "locked", told only after the right password
        boolean singleSignOnOnly = !mayEnter && !memberships.isEmpty();
        // The username carries the id, so the provider can resolve the user without a second lookup by email.
        return User.withUsername(user.id().toString())
                .password(user.passwordHash())
                .disabled(!user.active() || !mayEnter && !singleSignOnOnly)
                .accountLocked(user.active() && singleSignOnOnly)
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_USER")))
                .build();
    }

    static UUID userId(UserDetails details) {
        return UUID.fromString(details.getUsername());
    }
}
