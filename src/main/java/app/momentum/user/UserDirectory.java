package app.momentum.user;

import app.momentum.tenancy.TenantContext;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * How to reach a user (address, name, language), for other modules that write to them — the mails of the
 * notification module. Returns records, not the entity: readers never change an account. Users are global
 * data, so this reads outside any tenant and works from background threads.
 */
@Service
public class UserDirectory {

    /** @param preferredLanguage null when the user follows the browser's language */
    public record UserContact(UUID id, String email, String displayName, Locale preferredLanguage, boolean active) {

        public Locale languageOr(Locale fallback) {
            return preferredLanguage == null ? fallback : preferredLanguage;
        }
    }

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    public Optional<UserContact> contact(UUID userId) {
        return TenantContext.callGlobal(() -> users.findById(userId)).map(UserDirectory::contactOf);
    }

    /** The active user with this e-mail address (in any case), if there is one. */
    public Optional<UserContact> activeByEmail(String email) {
        return TenantContext.callGlobal(() -> users.findByEmailIgnoringCase(email)).filter(AppUser::isActive)
                .map(UserDirectory::contactOf);
    }

    private static UserContact contactOf(AppUser user) {
        return new UserContact(user.getId(), user.getEmail(), user.getDisplayName(), user.getPreferredLanguage().orElse(null),
                user.isActive());
    }
}
