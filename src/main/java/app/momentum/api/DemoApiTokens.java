package app.momentum.api;

import app.momentum.tenancy.Tenant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo mode: {@code MOMENTUM_DEMO_API_TOKENS=slug:token,slug:token} gives the named demo tenants read-write API
 * tokens with a known text, so scripts can call the API at once. Only demo tenants qualify (the demo seeder passes
 * them in), so the setting can never open a real tenant. Token texts are never logged.
 */
@Component
public class DemoApiTokens {

    static final String TOKEN_NAME = "Demo token (MOMENTUM_DEMO_API_TOKENS)";
    private static final Logger log = LoggerFactory.getLogger(DemoApiTokens.class);

    private final ApiTokenService tokens;
    private final String setting;

    DemoApiTokens(ApiTokenService tokens, @Value("${momentum.demo.api-tokens:}") String setting) {
        this.tokens = tokens;
        this.setting = setting;
    }

    /** One entry of the setting. */
    record Entry(String slug, String token) {
    }

    /** Creates the configured tokens for those of {@code demoTenants} that are named; warns about the rest. */
    public void seed(List<Tenant> demoTenants) {
        List<Entry> entries = parse(setting);
        for (Entry entry : entries) {
            Optional<Tenant> tenant = demoTenants.stream().filter(t -> t.getSlug().equals(entry.slug())).findFirst();
            if (tenant.isEmpty()) {
                log.warn("MOMENTUM_DEMO_API_TOKENS names '{}', which is not a demo tenant ({}): no token created for it",
                        entry.slug(), demoTenants.stream().map(Tenant::getSlug).toList());
                continue;
            }
            boolean created = tokens.ensureDemoToken(tenant.get().getId(), TOKEN_NAME, entry.token());
            log.info("Demo mode: read-write API token for {} {}", entry.slug(), created ? "created" : "already present");
        }
    }

    /** Parses {@code slug:token,slug:token}; malformed entries are skipped with a warning that shows no token. */
    static List<Entry> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return List.of();
        }
        String[] parts = setting.split(",");
        java.util.ArrayList<Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            int colon = part.indexOf(':');
            if (part.isEmpty()) {
                continue;
            }
            if (colon <= 0 || colon == part.length() - 1 || part.substring(colon + 1).isBlank()) {
                log.warn("MOMENTUM_DEMO_API_TOKENS entry {} is not of the form slug:token; skipped", i + 1);
                continue;
            }
            entries.add(new Entry(part.substring(0, colon).strip(), part.substring(colon + 1).strip()));
        }
        return List.copyOf(entries);
    }
}
