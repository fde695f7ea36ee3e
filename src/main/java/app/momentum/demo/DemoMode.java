package app.momentum.demo;

import app.momentum.database.EmbeddedDatabaseCondition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether to seed demo data: on by default with the embedded database, off with a configured server
 * unless {@code momentum.demo.enabled=true} — and never in production mode (a Vaadin production build or
 * the {@code prod} Spring profile), whatever the setting says.
 */
@Component
public class DemoMode {

    private final Environment environment;

    DemoMode(Environment environment) {
        this.environment = environment;
    }

    public boolean requested() {
        String setting = environment.getProperty("momentum.demo.enabled");
        if (setting == null || setting.isBlank()) {
            return EmbeddedDatabaseCondition.usesEmbeddedDatabase(environment);
        }
        return Boolean.parseBoolean(setting.strip());
    }

    public boolean productionMode() {
        return Arrays.asList(environment.getActiveProfiles()).contains("prod") || vaadinProductionBuild();
    }

    public boolean enabled() {
        return requested() && !productionMode();
    }

    private static boolean vaadinProductionBuild() {
        try (InputStream buildInfo = DemoMode.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
            return buildInfo != null && new String(buildInfo.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("\\s", "").contains("\"productionMode\":true");
        } catch (IOException e) {
            return false;
        }
    }
}
