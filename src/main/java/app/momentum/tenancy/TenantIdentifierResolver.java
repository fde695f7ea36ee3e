package app.momentum.tenancy;

import app.momentum.base.TenantContext;
import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import java.util.Map;

/**
 * Tells Hibernate which tenant a session belongs to, so that {@code @TenantId} filters every query on
 * tenant-owned entities. Fails closed: with no explicit scope and no tenant in the authentication it
 * throws rather than returning "all" or null.
 */
@Component
public class TenantIdentifierResolver
        implements CurrentTenantIdentifierResolver<UUID>, HibernatePropertiesCustomizer, ApplicationListener<ContextRefreshedEvent> {

    /** Stands for "every tenant" in platform scope; Hibernate skips the tenant filter for it. */
    static final UUID PLATFORM = new UUID(0, 0);
    /** Stands for "no tenant" in global scope; matches no tenant row. */
    static final UUID NO_TENANT = new UUID(0, 1);

    /** Set once the application context is up; from then on, data access without a tenant is an error. */
    private volatile boolean started;

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        TenantContext.Scope scope = TenantContext.current();
        if (scope != null) {
            return switch (scope) {
                case TenantContext.TenantScope tenant -> tenant.tenantId();
                case TenantContext.PlatformScope platform -> PLATFORM;
                case TenantContext.GlobalScope global -> NO_TENANT;
            };
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof TenantBound bound && bound.tenantId() != null) {
            return bound.tenantId();
        }
        if (!started) {
            // Spring Data opens sessions while it builds repository queries at start-up; they read no rows.
            return NO_TENANT;
        }
        throw new NoTenantException();
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        started = true;
    }

    @Override
    public boolean isRoot(UUID tenantId) {
        return PLATFORM.equals(tenantId);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put("hibernate.tenant_identifier_resolver", this);
    }

    /** Data access was attempted outside any tenant scope: a programming error, never "all tenants". */
    public static class NoTenantException extends IllegalStateException {
        NoTenantException() {
            super("No tenant in context: open a TenantContext scope or select a tenant first");
        }
    }
}
