package app.momentum.base;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant scope of the current thread, set explicitly around work that is not a user's request
 * (start-up seeding, login, platform administration, background jobs) and read by
 * {@link TenantIdentifierResolver}. A user's request needs no explicit scope: the resolver falls back
 * to the tenant in the user's authentication.
 *
 * <p>Scopes must be opened <em>outside</em> a transaction: Hibernate fixes a session's tenant when the
 * session opens.
 */
public final class TenantContext {

    /** What the current thread may see. */
    public sealed interface Scope {
    }

    /** One tenant's data. */
    public record TenantScope(UUID tenantId) implements Scope {
    }

    /** Every tenant's data: platform administration and login only. */
    public record PlatformScope() implements Scope {
    }

    /** Global data only (users, tenants); tenant-owned rows are invisible and cannot be written. */
    public record GlobalScope() implements Scope {
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The scope of the current thread, or null when none is open (read by the tenant identifier resolver). */
    public static Scope current() {
        return CURRENT.get();
    }

    public static <T> T callInTenant(UUID tenantId, Supplier<T> work) {
        if (tenantId == null) {
            throw new IllegalArgumentException("tenantId is required");
        }
        return callIn(new TenantScope(tenantId), work);
    }

    public static void runInTenant(UUID tenantId, Runnable work) {
        callInTenant(tenantId, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAsPlatform(Supplier<T> work) {
        return callIn(new PlatformScope(), work);
    }

    public static <T> T callGlobal(Supplier<T> work) {
        return callIn(new GlobalScope(), work);
    }

    public static void runGlobal(Runnable work) {
        callGlobal(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T callIn(Scope scope, Supplier<T> work) {
        Scope previous = CURRENT.get();
        CURRENT.set(scope);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
