package app.momentum.platform;

import app.momentum.base.Validation;
import app.momentum.brand.TenantDefaults;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.Tenant;
import app.momentum.base.TenantContext;
import app.momentum.tenancy.TenantRegistry;
import app.momentum.tenancy.TenantSingleSignOn;
import app.momentum.user.AppUser;
import app.momentum.user.NewAccounts;
import app.momentum.user.UserAccounts;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The platform administrator creates tenants and their first admin. */
@Service
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
public class TenantProvisioning {

    private static final Logger log = LoggerFactory.getLogger(TenantProvisioning.class);

    /** Lower-case letters, digits and inner hyphens, 3–63 characters: safe in URLs and host names. */
    public static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$");
    public static final Set<String> LANGUAGES = Set.of("en", "nl");

    private final TenantRegistry tenants;
    private final UserAccounts users;
    private final NewAccounts newAccounts;
    private final TenantDefaults tenantDefaults;
    private final TransactionTemplate transaction;

    private final TenantSingleSignOn singleSignOn;

    TenantProvisioning(TenantRegistry tenants, UserAccounts users, NewAccounts newAccounts, TenantDefaults tenantDefaults,
                       TransactionTemplate transaction, TenantSingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
        this.tenantDefaults = tenantDefaults;
        this.tenants = tenants;
        this.users = users;
        this.newAccounts = newAccounts;
        this.transaction = transaction;
    }

    /** @param ssoOrganizationId the Keycloak organisation whose members sign in to the tenant, or null */
    public record TenantSummary(UUID id, String name, String slug, Locale locale, Instant createdAt, long members,
                                String ssoOrganizationId, boolean ssoRequired, long version) {
    }

    /** The new tenant; the one-time password is present when the first admin got a new account. */
    public record ProvisionedTenant(Tenant tenant, String adminEmail, Optional<String> initialPassword) {
    }

    public List<TenantSummary> listTenants() {
        return TenantContext.callAsPlatform(() -> transaction.execute(status -> tenants.all().stream()
                .map(t -> new TenantSummary(t.id(), t.name(), t.slug(), t.locale(), t.createdAt(),
                        tenants.memberCount(t.id()), t.ssoOrganizationId(), t.ssoRequired(), t.version()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList()));
    }

    /**
     * Connects the tenant to the Keycloak organisation with this id (its members then sign in through it); blank
     * disconnects it.
     *
     * @throws UserFacingException when the id is malformed, another tenant's, or the tenant changed meanwhile
     */
    public void connectOrganisation(UUID tenantId, long expectedVersion, String organizationId) {
        singleSignOn.bind(tenantId, expectedVersion, organizationId);
    }

    /** Creates the tenant and its first admin in one transaction: both or neither. */
    public ProvisionedTenant createTenant(String name, String slug, Locale locale, String adminEmail, String adminName) {
        Validation.Checks checks = Validation.checks();
        String tenantName = checks.field("name", () -> Validation.requireName(name));
        String tenantSlug = slug == null ? "" : slug.strip();
        checks.require("slug", SLUG.matcher(tenantSlug).matches(), "tenants.error.slugFormat");
        checks.require("locale", locale != null && LANGUAGES.contains(locale.getLanguage()), "tenants.error.locale");
        String email = checks.field("adminEmail", () -> AppUser.normaliseEmail(Validation.requireEmail(adminEmail)));
        String displayName = checks.field("adminName", () -> Validation.requireName(adminName));
        checks.throwIfAny();
        Tenant tenant = new Tenant(tenantName, tenantSlug, locale);
        return TenantContext.callInTenant(tenant.getId(), () -> transaction.execute(status -> {
            tenants.register(tenant); // refuses a slug that is taken
            Optional<String> initialPassword = Optional.empty();
            AppUser admin = users.findByEmail(email).orElse(null);
            if (admin == null) {
                NewAccounts.NewAccount account = newAccounts.create(email, displayName, locale);
                admin = account.user();
                initialPassword = Optional.of(account.oneTimePassword());
            }
            tenants.addMemberIfAbsent(admin, Role.TENANT_ADMIN); // the tenant is new: never a member yet
            tenantDefaults.apply(locale);
            log.info("Created tenant {} ({}) with first admin {}", tenant.getId(), tenant.getSlug(), admin.getId());
            return new ProvisionedTenant(tenant, email, initialPassword);
        }));
    }
}
