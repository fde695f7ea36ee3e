package app.momentum.platform;

import app.momentum.base.TenantContext;
import app.momentum.user.AppUser;
import app.momentum.user.PasswordPolicy;
import app.momentum.user.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first platform administrator of a fresh installation: with {@code momentum.platform.admin-email} set
 * and no platform administrator yet, creates one with a one-time password, printed once in the log, that
 * must be changed at first login.
 */
@Component
class PlatformAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final String adminEmail;

    PlatformAdminBootstrap(UserAccounts users, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
                           @Value("${momentum.platform.admin-email:}") String adminEmail) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.adminEmail = adminEmail;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (adminEmail == null || adminEmail.isBlank()) {
            return;
        }
        TenantContext.runGlobal(() -> transaction.executeWithoutResult(status -> {
            if (users.anyPlatformAdmin()) {
                return;
            }
            String password = PasswordPolicy.generate();
            AppUser admin = users.findByEmail(adminEmail)
                    .orElseGet(() -> new AppUser(adminEmail, "Platform administrator", ""));
            admin.assignInitialPassword(passwordEncoder.encode(password));
            admin.setPlatformAdmin(true);
            users.save(admin);
            log.warn("Created platform administrator {} with one-time password {} (change it at first login)",
                    admin.getEmail(), password);
        }));
    }
}
