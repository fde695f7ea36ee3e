package app.momentum.user;

import app.momentum.user.internal.AppUserRepository;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import app.momentum.base.TenantContext;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The user module's published lookups of accounts, for the modules above it (login, members, provisioning, demo)
 * so they never reach into {@link AppUserRepository}. Runs in the caller's transaction and tenant scope, like the
 * repository it wraps: {@code app_user} is global, so callers choose the scope (usually {@code callGlobal}).
 * Readers get records; the few callers that change an account (first platform administrator, demo users, a new
 * membership) get the entity.
 */
@Component
public class UserAccounts {

    private final AppUserRepository users;

    UserAccounts(AppUserRepository users) {
        this.users = users;
    }

    /**
     * Who a user is and how to reach them: what the session shows, and the address, name and language of the mails
     * other modules send.
     */
    public record Account(UUID id, String email, String displayName, Locale preferredLanguage, boolean active,
                          boolean platformAdmin) {

        static Account of(AppUser user) {
            return new Account(user.getId(), user.getEmail(), user.getDisplayName(),
                    user.getPreferredLanguage().orElse(null), user.isActive(), user.isPlatformAdmin());
        }

        /** The user's own language, else {@code fallback} (they follow the browser's). */
        public Locale languageOr(Locale fallback) {
            return preferredLanguage == null ? fallback : preferredLanguage;
        }
    }

    /** What the login form checks: the stored password hash and whether the account may log in at all. */
    public record LoginAccount(UUID id, String passwordHash, boolean active, boolean platformAdmin) {

        static LoginAccount of(AppUser user) {
            return new LoginAccount(user.getId(), user.getPasswordHash(), user.isActive(), user.isPlatformAdmin());
        }
    }

    public Optional<Account> account(UUID userId) {
        return users.findById(userId).map(Account::of);
    }

    /** The accounts of these users in one query, by id; unknown ids are absent (a list of owners, say). */
    public Map<UUID, Account> accounts(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(userIds).stream().map(Account::of)
                .collect(Collectors.toMap(Account::id, account -> account));
    }

    /** The account for a login attempt; the e-mail address is normalised as at sign-up. */
    public Optional<LoginAccount> forLogin(String email) {
        return users.findByEmailIgnoringCase(email).map(LoginAccount::of);
    }

    /** The account with this e-mail address (normalised here), to change it or make it a member. */
    public Optional<AppUser> findByEmail(String email) {
        return users.findByEmailIgnoringCase(email);
    }

    public boolean anyPlatformAdmin() {
        return users.existsByPlatformAdminTrue();
    }

    /** Stores a new or changed account (platform bootstrap, demo users); others go through {@link NewAccounts}. */
    public AppUser save(AppUser user) {
        return users.save(user);
    }

    /**
     * How to reach this user. Unlike the other reads this one opens the global scope itself, because mails are
     * written from background threads (module event listeners, the daily reminders) that have no scope.
     */
    public Optional<Account> contact(UUID userId) {
        return TenantContext.callGlobal(() -> users.findById(userId)).map(Account::of);
    }

    /** The active user with this e-mail address (in any case), if there is one; opens the global scope itself. */
    public Optional<Account> activeContactByEmail(String email) {
        return TenantContext.callGlobal(() -> users.findByEmailIgnoringCase(email)).filter(AppUser::isActive)
                .map(Account::of);
    }
}
