package app.momentum.brand;

import java.util.Locale;

/**
 * A module above brand that gives a new tenant something to start with (measurement: the eight standard KPIs).
 * {@link TenantDefaults#apply} calls every such bean after the disciplines and channels, so brand needs to know
 * nothing of those modules. Called in the caller's transaction and tenant scope, also again for existing tenants
 * (demo seeding applies the defaults at every start): add only what the tenant does not have yet.
 */
public interface TenantDefaultsContributor {

    void addDefaults(Locale language);
}
