package app.momentum.testsupport;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context of the test run at the run's own database, with demo data and a known demo
 * password (registered in src/test/resources/META-INF/spring.factories).
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    public static final String DEMO_PASSWORD = "test-demo-password";
    /** Read-write API tokens of the demo tenants (MOMENTUM_DEMO_API_TOKENS); the third entry names no demo tenant. */
    public static final String DEMO_ENERGY_API_TOKEN = "test-energy-demo-api-token";
    public static final String DEMO_BANK_API_TOKEN = "test-bank-demo-api-token";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "spring.datasource.url", TestDatabase.url(),
                "momentum.demo.enabled", "true",
                "momentum.demo.password", DEMO_PASSWORD,
                // the development tools' overlay would sit on top of what browser tests click
                "vaadin.devmode.devTools.enabled", "false",
                // Selenium warns on every start that it has no DevTools bindings for Debian's Chromium; we use none
                "logging.level.org.openqa.selenium", "ERROR",
                // every context mails to the run's own SMTP server (see TestMail)
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(TestMail.server().getSmtp().getPort()),
                "momentum.mail.from", "momentum@test.example",
                "momentum.base-url", "https://momentum.test",
                "logging.level.com.icegreen", "WARN"));
        properties.put("momentum.demo.api-tokens", "demo-energy:" + DEMO_ENERGY_API_TOKEN + ", demo-bank:" + DEMO_BANK_API_TOKEN
                + ",no-such-tenant:test-unknown-tenant-token");
        // metrics live on their own management port (application.properties: 8081); a free one in tests
        properties.put("management.server.port", "0");
        environment.getPropertySources().addFirst(new MapPropertySource("momentum-test", properties));
    }
}
