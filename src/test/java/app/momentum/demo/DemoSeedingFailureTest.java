package app.momentum.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.momentum.api.DemoApiTokens;
import app.momentum.brand.TenantDefaults;
import app.momentum.tenancy.Tenant;
import app.momentum.tenancy.TenantRegistry;
import app.momentum.testsupport.TestDatabaseEnvironment;
import app.momentum.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9, item 19: a demo seeding step that fails must not stop Momentum from starting. The seeder that runs at
 * start is run again here with a survey step that always fails: it returns normally (so the start goes on), logs
 * the failure per tenant, and the steps after it still run. (It shares the test suite's application context: a
 * second context with another bean would replace Spring Security's global context holder for every later test.)
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class DemoSeedingFailureTest {

    @Autowired DemoMode demoMode;
    @Autowired TenantRegistry tenants;
    @Autowired UserAccounts users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired TransactionTemplate transaction;
    @Autowired TenantDefaults tenantDefaults;
    @Autowired DemoBrandAndJourneys content;
    @Autowired DemoActions actions;
    @Autowired DemoApiTokens apiTokens;
    @Autowired DemoMaturity maturity;
    @Autowired DemoKpis kpis;
    @Autowired DemoLifeCycle lifeCycle;

    @Test
    void aFailingSeedingStepIsLoggedAndTheStartGoesOn(CapturedOutput output) {
        DemoSurveys failing = new DemoSurveys(null, null, null, null, null, null, null, null) {
            @Override
            void seed(Tenant tenant, boolean dutch) {
                throw new IllegalStateException("survey.error.noMoments");
            }
        };
        DemoDataSeeder seeder = new DemoDataSeeder(demoMode, tenants, users, passwordEncoder, transaction,
                tenantDefaults, content, actions, failing, apiTokens, maturity, kpis,
                lifeCycle, TestDatabaseEnvironment.DEMO_PASSWORD);

        assertThatCode(() -> seeder.run(null)).doesNotThrowAnyException();

        assertThat(output.getAll())
                .contains("seeding the surveys of demo-energy failed")
                .contains("seeding the surveys of demo-bank failed")
                .contains("survey.error.noMoments")
                // the API token step comes after the surveys and still ran
                .contains("Demo mode: read-write API token for demo-energy");
    }
}
