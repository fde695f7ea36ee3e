package app.momentum.user;

import app.momentum.user.internal.AppUserRepository;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts of people who sign in through their organisation (Keycloak): found by the Keycloak user they sign
 * in as, else linked to the local account with the e-mail address Keycloak vouches for, else created — and kept up
 * to date with the name, address and language Keycloak gives. Such an account gets a random password nobody
 * knows, so it cannot sign in locally. Runs in the caller's transaction and (global) scope.
 */
@Component
public class SingleSignOnAccounts {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnAccounts.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    SingleSignOnAccounts(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Who Keycloak says signed in.
     *
     * @param subject       Keycloak's user id ({@code sub}), stable when the address changes
     * @param emailVerified Keycloak checked the address: only then may it link an existing local account
     * @param language      the user's language in Keycloak, or null to keep following the browser
     */
    public record Identity(String subject, String email, boolean emailVerified, String displayName, Locale language) {
    }

    /**
     * The account this identity signs in as, created or updated.
     *
     * @return empty when the address belongs to another account that may not be linked (Keycloak did not verify
     *         the address, or that account already signs in as another Keycloak user)
     */
    public Optional<AppUser> signedIn(Identity identity) {
        Optional<AppUser> known = users.findBySsoSubject(identity.subject());
        if (known.isPresent()) {
            return Optional.of(update(known.get(), identity));
        }
        Optional<AppUser> sameAddress = users.findByEmailIgnoringCase(identity.email());
        if (sameAddress.isPresent()) {
            AppUser local = sameAddress.get();
            if (!identity.emailVerified() || local.getSsoSubject().isPresent()) {
                log.warn("Single sign-on of {} refused: the address belongs to account {}, which may not be linked",
                        identity.subject(), local.getId());
                return Optional.empty();
            }
            local.setSsoSubject(identity.subject());
            log.info("Account {} now signs in as Keycloak user {} too", local.getId(), identity.subject());
            return Optional.of(update(local, identity));
        }
        AppUser created = new AppUser(identity.email(), identity.displayName(),
                passwordEncoder.encode(PasswordPolicy.generate() + PasswordPolicy.generate()));
        created.setSsoSubject(identity.subject());
        created.setPreferredLanguage(identity.language());
        log.info("Account {} created for Keycloak user {}", created.getId(), identity.subject());
        return Optional.of(users.save(created));
    }

    private AppUser update(AppUser user, Identity identity) {
        user.setDisplayName(identity.displayName());
        if (identity.language() != null) {
            user.setPreferredLanguage(identity.language());
        }
        String email = AppUser.normaliseEmail(identity.email());
        if (!email.equals(user.getEmail())) {
            if (users.existsByEmail(email)) {
                log.warn("Keycloak user {} changed address to one another account has; the old one is kept",
                        identity.subject());
            } else {
                user.setEmail(email);
            }
        }
        return users.save(user);
    }
}
