package app.momentum.demo;

import app.momentum.api.DemoApiTokens;
import app.momentum.brand.TenantDefaults;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.Tenant;
import app.momentum.base.TenantContext;
import app.momentum.tenancy.TenantRegistry;
import app.momentum.user.AppUser;
import app.momentum.user.PasswordPolicy;
import app.momentum.user.UserAccounts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds two fictional tenants with one user per role, a user in both, and a platform administrator, so a
 * newcomer can log in at once. Idempotent: existing tenants, users and memberships are kept; the demo
 * users' password is set to the current demo password on every start (so the one in the log works). The content
 * steps run once per tenant and recognise the demo's own objects by stored markers ({@link DemoSeedMarkers}), so
 * nothing users made is touched. Seeding never stops Momentum from starting: a failing step is logged, the
 * others still run, and the failed one is tried again at the next start.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    static final String ENERGY = "demo-energy";
    static final String BANK = "demo-bank";
    /**
     * The demo tenants' organisations in the dev Keycloak realm (deploy/keycloak/momentum-realm.json fixes their
     * ids), so single sign-on works at once against it.
     */
    static final Map<String, String> KEYCLOAK_ORGANISATIONS = Map.of(
            ENERGY, "0e6f5a2c-7d41-4b8e-9c3a-1f2e3d4c5b01", BANK, "0e6f5a2c-7d41-4b8e-9c3a-1f2e3d4c5b02");
    static final String SHARED_USER = "consultant@demo.example";
    static final String PLATFORM_ADMIN = "platform@demo.example";
    private static final Map<String, Role> ROLE_BY_MAILBOX = Map.of(
            "admin", Role.TENANT_ADMIN, "cx", Role.CX_MANAGER, "contributor", Role.CONTRIBUTOR, "exec", Role.EXECUTIVE);
    private static final Map<String, String> NAME_BY_MAILBOX = Map.of(
            "admin", "Alex Admin", "cx", "Chris Experience", "contributor", "Casey Contributor", "exec", "Evelyn Executive");

    private final DemoMode demoMode;
    private final TenantRegistry tenants;
    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final TenantDefaults tenantDefaults;
    private final DemoBrandAndJourneys demoContent;
    private final DemoActions demoActions;
    private final DemoSurveys demoSurveys;
    private final DemoApiTokens demoApiTokens;
    private final DemoMaturity demoMaturity;
    private final DemoKpis demoKpis;
    private final DemoLifeCycle demoLifeCycle;
    private final String configuredPassword;

    DemoDataSeeder(DemoMode demoMode, TenantRegistry tenants, UserAccounts users,
                   PasswordEncoder passwordEncoder, TransactionTemplate transaction,
                   TenantDefaults tenantDefaults, DemoBrandAndJourneys demoContent, DemoActions demoActions,
                   DemoSurveys demoSurveys, DemoApiTokens demoApiTokens, DemoMaturity demoMaturity,
                   DemoKpis demoKpis, DemoLifeCycle demoLifeCycle,
                   @Value("${momentum.demo.password:}") String configuredPassword) {
        this.demoContent = demoContent;
        this.demoActions = demoActions;
        this.demoSurveys = demoSurveys;
        this.demoApiTokens = demoApiTokens;
        this.demoMaturity = demoMaturity;
        this.demoKpis = demoKpis;
        this.demoLifeCycle = demoLifeCycle;
        this.tenantDefaults = tenantDefaults;
        this.demoMode = demoMode;
        this.tenants = tenants;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.requested()) {
            return;
        }
        if (demoMode.productionMode()) {
            log.warn("Demo mode was requested but Momentum runs in production mode: no demo data is seeded");
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? PasswordPolicy.generate() : configuredPassword;
        String hash = passwordEncoder.encode(password);

        Tenant energy;
        Tenant bank;
        try {
            energy = tenant("Zonnestroom Energie", ENERGY, Locale.forLanguageTag("nl"));
            bank = tenant("Harbour Bank", BANK, Locale.ENGLISH);
            for (Tenant tenant : new Tenant[] {energy, bank}) {
                ROLE_BY_MAILBOX.forEach((mailbox, role) -> member(tenant,
                        user(mailbox + "@" + tenant.getSlug() + ".example", NAME_BY_MAILBOX.get(mailbox), hash, false), role));
            }
            AppUser consultant = user(SHARED_USER, "Sam Consultant", hash, false);
            member(energy, consultant, Role.CX_MANAGER);
            member(bank, consultant, Role.EXECUTIVE);
            user(PLATFORM_ADMIN, "Pat Platform", hash, true);
        } catch (RuntimeException e) {
            log.error("Demo mode: the demo tenants and users could not be seeded; Momentum starts without demo data", e);
            return;
        }
        step("brand", energy, () -> demoContent.seedBrand(energy, DemoContent.energy()));
        step("brand", bank, () -> demoContent.seedBrand(bank, DemoContent.bank()));
        step("journeys", energy, () -> demoContent.seedJourneys(energy, DemoContent.energy()));
        step("journeys", bank, () -> demoContent.seedJourneys(bank, DemoContent.bank()));
        step("actions", energy, () -> demoActions.seed(energy, true));
        step("actions", bank, () -> demoActions.seed(bank, false));
        step("surveys", energy, () -> demoSurveys.seed(energy, true));
        step("surveys", bank, () -> demoSurveys.seed(bank, false));
        step("KPIs", energy, () -> demoKpis.seed(energy));
        step("KPIs", bank, () -> demoKpis.seed(bank));
        step("maturity scan", energy, () -> demoMaturity.seed(energy, true));
        step("maturity scan", bank, () -> demoMaturity.seed(bank, false));
        step("life cycle", energy, () -> demoLifeCycle.seed(energy, true));
        step("life cycle", bank, () -> demoLifeCycle.seed(bank, false));
        step("API tokens", null, () -> demoApiTokens.seed(List.of(energy, bank)));

        log.warn("Demo mode: tenants {} and {}; users admin@, cx@, contributor@, exec@<tenant>.example, {} (both "
                + "tenants) and {} (platform). Password: {}", ENERGY, BANK, SHARED_USER, PLATFORM_ADMIN,
                generated ? password + " (generated; set MOMENTUM_DEMO_PASSWORD to choose one)" : "from MOMENTUM_DEMO_PASSWORD");
    }

    /** Runs one seeding step; a failure is logged and the start goes on (the step is retried at the next start). */
    private void step(String what, Tenant tenant, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Demo mode: seeding the {} of {} failed; Momentum starts without them and tries again at the next "
                    + "start", what, tenant == null ? "the demo tenants" : tenant.getSlug(), e);
        }
    }

    private Tenant tenant(String name, String slug, Locale locale) {
        Tenant tenant = TenantContext.callGlobal(() -> transaction.execute(status -> {
            Tenant found = tenants.findBySlug(slug).orElseGet(() -> tenants.register(new Tenant(name, slug, locale)));
            tenants.bindIfUnbound(found, KEYCLOAK_ORGANISATIONS.get(slug));
            return found;
        }));
        TenantContext.runInTenant(tenant.getId(), () -> transaction.executeWithoutResult(status -> tenantDefaults.apply(locale)));
        return tenant;
    }

    private AppUser user(String email, String name, String passwordHash, boolean platformAdmin) {
        return TenantContext.callGlobal(() -> transaction.execute(status -> {
            AppUser user = users.findByEmail(email).orElseGet(() -> new AppUser(email, name, passwordHash));
            user.changePassword(passwordHash);
            user.setPlatformAdmin(platformAdmin);
            return users.save(user);
        }));
    }

    private void member(Tenant tenant, AppUser user, Role role) {
        TenantContext.runInTenant(tenant.getId(), () -> transaction.executeWithoutResult(status ->
                tenants.addMemberIfAbsent(user, role)));
    }
}
