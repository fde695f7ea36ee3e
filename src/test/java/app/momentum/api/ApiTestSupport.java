package app.momentum.api;

import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture.TestTenant;

/** API tokens for tests, created the way a tenant admin creates them. */
final class ApiTestSupport {

    private ApiTestSupport() {
    }

    static String token(ApiTokenService tokens, TestTenant tenant, ApiTokenScope scope) {
        tenant.loginAs(Role.TENANT_ADMIN);
        try {
            return tokens.create("Test " + scope, scope).plaintext();
        } finally {
            TestLogin.logout();
        }
    }
}
