package app.momentum.security;

import app.momentum.tenancy.MembershipDirectory;
import app.momentum.tenancy.TenantContext;
import app.momentum.user.AppUser;
import app.momentum.user.AppUserRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads a local account for the login form. A user can log in while their account is active and either a platform administrator or an active member of at least one tenant. Not a bean:
 * only {@link MomentumAuthenticationProvider} uses it.
 */
class MomentumUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final MembershipDirectory directory;

    MomentumUserDetailsService(AppUserRepository users, MembershipDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        AppUser user = TenantContext.callGlobal(() -> users.findByEmailIgnoringCase(email))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        boolean mayEnter = user.isPlatformAdmin() || !directory.activeMembershipsOf(user.getId()).isEmpty();
        // The username carries the id, so the provider can resolve the user without a second lookup by email.
        return User.withUsername(user.getId().toString())
                .password(user.getPasswordHash())
                .disabled(!user.isActive() || !mayEnter)
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_USER")))
                .build();
    }

    static UUID userId(UserDetails details) {
        return UUID.fromString(details.getUsername());
    }
}
