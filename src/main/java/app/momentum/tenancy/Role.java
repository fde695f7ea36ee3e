package app.momentum.tenancy;

/** A member's role within one tenant. Names match the {@code @RolesAllowed} values on views. */
public enum Role {
    TENANT_ADMIN,
    CX_MANAGER,
    CONTRIBUTOR,
    /** Read-only: reviews progress. */
    EXECUTIVE;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Translation key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
