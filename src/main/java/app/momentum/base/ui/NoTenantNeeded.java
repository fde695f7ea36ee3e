package app.momentum.base.ui;

/**
 * Marks a view inside {@link app.momentum.shell.MainLayout} that works before a tenant is chosen (profile, platform
 * administration). Every other view in the layout requires a working tenant.
 */
public interface NoTenantNeeded {
}
