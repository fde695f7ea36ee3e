package app.momentum.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.api.ApiTokens;
import app.momentum.tenancy.Tenant;
import app.momentum.testsupport.TestDatabaseEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9, item 19: a demo seeding step that fails must not stop Momentum from starting. This context's survey step
 * always fails; the context still starts, the failure is logged, and the steps after it still ran.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
@Import(DemoSeedingFailureTest.FailingSurveys.class)
class DemoSeedingFailureTest {

    @TestConfiguration
    static class FailingSurveys {
        @Bean
        @Primary
        DemoSurveys failingDemoSurveys() {
            return new DemoSurveys(null, null, null, null, null, null) {
                @Override
                void seed(Tenant tenant, boolean dutch) {
                    throw new IllegalStateException("survey.error.noMoments");
                }
            };
        }
    }

    @Autowired JdbcTemplate jdbc;

    @Test
    void aFailingSeedingStepIsLoggedAndMomentumStartsAnyway(CapturedOutput output) {
        assertThat(output.getAll())
                .contains("seeding the surveys of demo-energy failed")
                .contains("seeding the surveys of demo-bank failed")
                .contains("survey.error.noMoments");
        // the API token step comes after the surveys and still ran
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class,
                ApiTokens.hash(TestDatabaseEnvironment.DEMO_ENERGY_API_TOKEN))).isEqualTo(1);
    }
}
