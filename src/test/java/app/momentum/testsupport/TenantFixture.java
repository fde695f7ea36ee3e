package app.momentum.testsupport;

import app.momentum.security.MomentumAuthentication;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.internal.Membership;
import app.momentum.tenancy.internal.MembershipRepository;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.Tenant;
import app.momentum.base.TenantContext;
import app.momentum.tenancy.internal.TenantRepository;
import app.momentum.user.AppUser;
import app.momentum.user.internal.AppUserRepository;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates a fresh tenant with one user per role, so tests never depend on each other's data. */
@Component
public class TenantFixture {

    public static final String PASSWORD = "fixture-password-1";

    private final TenantRepository tenants;
    private final AppUserRepository users;
    private final MembershipRepository memberships;
    private final TransactionTemplate transaction;
    private final String passwordHash;

    TenantFixture(TenantRepository tenants, AppUserRepository users, MembershipRepository memberships,
                  PasswordEncoder passwordEncoder, TransactionTemplate transaction) {
        this.tenants = tenants;
        this.users = users;
        this.memberships = memberships;
        this.transaction = transaction;
        this.passwordHash = passwordEncoder.encode(PASSWORD);
    }

    public record TestTenant(Tenant tenant, Map<Role, AppUser> users, Map<Role, Membership> memberships) {

        public AppUser user(Role role) {
            return users.get(role);
        }

        public Membership membership(Role role) {
            return memberships.get(role);
        }

        public UUID id() {
            return tenant.getId();
        }

        /** Logs the member with this role in, working in this tenant. */
        public MomentumAuthentication loginAs(Role role) {
            return TestLogin.as(users.get(role), tenant, role);
        }
    }

    public TestTenant create(String label) {
        String slug = label + "-" + UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = new Tenant("Tenant " + slug, slug, Locale.ENGLISH);
        return TenantContext.callInTenant(tenant.getId(), () -> transaction.execute(status -> {
            tenants.save(tenant);
            Map<Role, AppUser> byRole = new EnumMap<>(Role.class);
            Map<Role, Membership> membershipByRole = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                AppUser user = users.save(new AppUser(role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@" + slug + ".test",
                        "User " + role.name() + " " + slug, passwordHash));
                byRole.put(role, user);
                membershipByRole.put(role, memberships.save(new Membership(user, role)));
            }
            return new TestTenant(tenant, byRole, membershipByRole);
        }));
    }

    /** Adds an existing user of another tenant to {@code tenant} with a role. */
    public Membership addMember(Tenant tenant, AppUser user, Role role) {
        return TenantContext.callInTenant(tenant.getId(), () -> transaction.execute(status ->
                memberships.save(new Membership(user, role))));
    }

    public AppUser platformAdmin() {
        return TenantContext.callGlobal(() -> transaction.execute(status -> {
            AppUser admin = new AppUser("platform-" + UUID.randomUUID() + "@test.test", "Platform Admin", passwordHash);
            admin.setPlatformAdmin(true);
            return users.save(admin);
        }));
    }
}
