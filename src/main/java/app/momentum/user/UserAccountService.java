package app.momentum.user;

import app.momentum.user.internal.AppUserRepository;
import app.momentum.base.ConcurrentEditException;
import app.momentum.base.UserFacingException;
import app.momentum.base.Validation;
import app.momentum.base.TenantContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A user's own account: name, language, password. Touches global data only. */
@Service
public class UserAccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, TransactionTemplate transaction) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    public Optional<AppUser> find(UUID userId) {
        return TenantContext.callGlobal(() -> users.findById(userId));
    }

    /** Saves name and language; {@code language} null means "follow the browser". */
    public AppUser updateProfile(UUID userId, long expectedVersion, String displayName, Locale language) {
        String name = Validation.requireName(displayName);
        return inTransaction(() -> {
            AppUser user = users.findById(userId).orElseThrow(() -> new UserFacingException("error.notFound"));
            ConcurrentEditException.check(user.getVersion(), expectedVersion);
            user.setDisplayName(name);
            user.setPreferredLanguage(language);
            return users.saveAndFlush(user);
        });
    }

    public void changePassword(UUID userId, String currentPassword, String newPassword, String confirmation) {
        AppUser owner = find(userId).orElseThrow(() -> new UserFacingException("error.notFound"));
        PasswordPolicy.check(newPassword, List.of(owner.getEmail(), owner.getDisplayName()));
        if (!newPassword.equals(confirmation)) {
            throw new UserFacingException("password.error.mismatch");
        }
        inTransaction(() -> {
            AppUser user = users.findById(userId).orElseThrow(() -> new UserFacingException("error.notFound"));
            if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
                throw new UserFacingException("password.error.wrongCurrent");
            }
            if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
                throw new UserFacingException("password.error.same");
            }
            user.changePassword(passwordEncoder.encode(newPassword));
            return users.saveAndFlush(user);
        });
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return TenantContext.callGlobal(() -> transaction.execute(status -> work.get()));
    }
}
