package app.momentum.user;

import app.momentum.user.internal.AppUserRepository;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates accounts for people an administrator adds: with a one-time password that is shown once, stored
 * only as a hash, and must be replaced at the first login. Runs in the caller's transaction.
 */
@Component
public class NewAccounts {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    NewAccounts(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** A new account and the one-time password to hand over. */
    public record NewAccount(AppUser user, String oneTimePassword) {
    }

    public NewAccount create(String email, String displayName, Locale language) {
        String oneTimePassword = PasswordPolicy.generate();
        AppUser user = new AppUser(email, displayName, "");
        user.assignInitialPassword(passwordEncoder.encode(oneTimePassword));
        user.setPreferredLanguage(language);
        return new NewAccount(users.save(user), oneTimePassword);
    }
}
