package app.momentum.tenancy;

/**
 * The role names as compile-time constants, for annotations ({@code @RolesAllowed} takes constants, not enum
 * values): the one place that spells them. {@link Role} holds the tenant roles as an enum; a test keeps the two
 * equal. The platform admin is no tenant role but is named here too, so every role name has one home.
 */
public final class RoleNames {

    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    public static final String CX_MANAGER = "CX_MANAGER";
    public static final String CONTRIBUTOR = "CONTRIBUTOR";
    public static final String EXECUTIVE = "EXECUTIVE";
    /** Runs the platform (tenants, their first admins); not a member role of any tenant. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    private RoleNames() {
    }
}
