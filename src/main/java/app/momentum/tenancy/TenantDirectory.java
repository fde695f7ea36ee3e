package app.momentum.tenancy;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The tenants that exist, for jobs that run in every tenant in turn (the daily reminders). */
@Service
public class TenantDirectory {

    private final TenantRepository tenants;

    TenantDirectory(TenantRepository tenants) {
        this.tenants = tenants;
    }

    /** Every tenant's id; read globally, so call it outside a tenant scope and outside a transaction. */
    public List<UUID> allTenantIds() {
        return TenantContext.callGlobal(() -> tenants.findAll().stream().map(Tenant::getId).toList());
    }
}
