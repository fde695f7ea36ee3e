package app.momentum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.TenantContext;
import app.momentum.user.AppUser;
import app.momentum.user.internal.AppUserRepository;
import app.momentum.user.UserAccounts;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh installation gets its first platform administrator from configuration, and only then. */
@SpringBootTest
class PlatformAdminBootstrapTest {

    @Autowired AppUserRepository users;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired TransactionTemplate transaction;
    @Autowired EntityManager entityManager;

    @Test
    void createsTheFirstPlatformAdministratorOnlyWhenThereIsNone() {
        // Inside one transaction that is rolled back, so the demo platform administrator is back afterwards.
        TenantContext.runGlobal(() -> transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            entityManager.createQuery("update AppUser u set u.platformAdmin = false").executeUpdate();

            bootstrap("First.Admin@Example.com").run(new DefaultApplicationArguments());
            AppUser admin = users.findByEmail("first.admin@example.com").orElseThrow();
            assertThat(admin.isPlatformAdmin()).isTrue();
            assertThat(admin.isMustChangePassword()).isTrue();

            bootstrap("second.admin@example.com").run(new DefaultApplicationArguments());
            assertThat(users.findByEmail("second.admin@example.com")).isEmpty();
        }));
    }

    private PlatformAdminBootstrap bootstrap(String email) {
        return new PlatformAdminBootstrap(accounts, passwordEncoder, transaction, email);
    }
}
