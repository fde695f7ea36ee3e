package app.momentum.tenancy;

import java.util.UUID;

/**
 * Who is working now, as the tenancy module needs to know it (a tenant admin may not deactivate or demote
 * themselves). A port: the security module, which resolves logins, implements it, so tenancy does not depend on
 * security.
 */
public interface CurrentMember {

    /** The logged-in user; fails when nobody is logged in. */
    UUID userId();
}
