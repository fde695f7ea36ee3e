package app.momentum.security;

import app.momentum.tenancy.MembershipDirectory;
import app.momentum.user.AppUser;
import app.momentum.user.UserAccounts;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks email and password (BCrypt, through Spring's {@link DaoAuthenticationProvider}) and turns the
 * result into a {@link MomentumAuthentication} via {@link MemberSession}. Every attempt passes the
 * {@link LoginThrottle} first. An unknown e-mail address costs the same BCrypt check as a wrong password
 * (Spring compares against a dummy hash), and whether an account is inactive is said only after the right
 * password, so neither the answer nor its timing tells which accounts exist.
 */
@Component
class MomentumAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwordCheck;
    private final MemberSession memberSession;
    private final LoginThrottle throttle;
    private final LoginWarnings warnings;

    MomentumAuthenticationProvider(UserAccounts users, MembershipDirectory directory,
                                   PasswordEncoder passwordEncoder, MemberSession memberSession,
                                   LoginThrottle throttle, LoginWarnings warnings) {
        this.passwordCheck = new DaoAuthenticationProvider(new MomentumUserDetailsService(users, directory));
        this.passwordCheck.setPasswordEncoder(passwordEncoder);
        // Spring checks "disabled" before the password by default, which answers faster and differently for
        // such accounts; after the password, only someone who knows it learns the account's state.
        this.passwordCheck.setPreAuthenticationChecks(user -> { });
        this.passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.memberSession = memberSession;
        this.throttle = throttle;
        this.warnings = warnings;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = AppUser.normaliseEmail(authentication.getName());
        LoginThrottle.Attempt attempt = throttle.begin(account, clientAddress(authentication));
        Authentication checked;
        try {
            checked = passwordCheck.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            if (attempt.failed()) {
                warnings.accountThrottled(account);
            }
            throw wrong;
        } catch (RuntimeException other) {
            attempt.notCounted();
            throw other;
        }
        attempt.succeeded();
        return memberSession.authenticationFor(MomentumUserDetailsService.userId((UserDetails) checked.getPrincipal()));
    }

    /** The form login's remote address (behind a proxy: the forwarded client address, see deploy/README.md). */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
