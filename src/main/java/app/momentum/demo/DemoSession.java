package app.momentum.demo;

import app.momentum.security.MemberSession;
import app.momentum.tenancy.Tenant;
import app.momentum.base.TenantContext;
import app.momentum.user.UserAccounts;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs demo seeding as a person of the demo tenant, inside the tenant's scope, so content is made through the
 * normal services (role checks, history, notifications) rather than around them. The previous login is restored.
 */
@Component
class DemoSession {

    private final UserAccounts users;
    private final MemberSession memberSession;

    DemoSession(UserAccounts users, MemberSession memberSession) {
        this.users = users;
        this.memberSession = memberSession;
    }

    /** As the tenant's demo CX manager ({@code cx@<slug>.example}). */
    void asCxManager(Tenant tenant, Runnable work) {
        UUID cx = TenantContext.callGlobal(() -> users.findByEmail("cx@" + tenant.getSlug() + ".example"))
                .orElseThrow().getId();
        as(memberSession.authenticationFor(cx), tenant, work);
    }

    /** As the given authentication. */
    void as(Authentication authentication, Tenant tenant, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            TenantContext.runInTenant(tenant.getId(), work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
