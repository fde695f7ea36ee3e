package app.momentum.security;

import app.momentum.tenancy.MembershipDirectory;
import app.momentum.user.AppUserRepository;
import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks email and password (BCrypt, through Spring's {@link DaoAuthenticationProvider}) and turns the
 * result into a {@link MomentumAuthentication} via {@link MemberSession}.
 */
@Component
class MomentumAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final MemberSession memberSession;

    MomentumAuthenticationProvider(AppUserRepository users, MembershipDirectory directory, Clock clock,
                                   PasswordEncoder passwordEncoder, MemberSession memberSession) {
        this.passwordCheck = new DaoAuthenticationProvider(new MomentumUserDetailsService(users, directory, clock));
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
        this.memberSession = memberSession;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication checked = passwordCheck.authenticate(authentication);
        return memberSession.authenticationFor(MomentumUserDetailsService.userId((UserDetails) checked.getPrincipal()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
