package app.momentum.tenancy;

import java.util.UUID;

/** An authentication that may carry the tenant its user works in. */
public interface TenantBound {

    /** The working tenant, or null when none is chosen yet. */
    UUID tenantId();
}
