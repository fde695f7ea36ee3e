package app.momentum.security.sso;

import app.momentum.tenancy.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through an OIDC provider with Keycloak's organisations ({@code momentum.sso.*}); off while no
 * issuer is set.
 *
 * @param issuerUri    the realm's issuer, e.g. {@code https://login.example.com/realms/momentum}; blank: no SSO
 * @param clientSecret the confidential client's secret (from a Secret, never logged)
 * @param scopes       {@code organization:*} puts every membership in the token (plain {@code organization} makes
 *                     Keycloak ask which one)
 * @param roleMapping  Keycloak realm role or group name → Momentum role
 */
@ConfigurationProperties("momentum.sso")
public record SsoProperties(String issuerUri, String clientId, String clientSecret, List<String> scopes,
                            Map<String, Role> roleMapping) {

    public SsoProperties {
        issuerUri = issuerUri == null ? "" : issuerUri.strip();
        clientId = clientId == null || clientId.isBlank() ? "momentum" : clientId.strip();
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email", "organization:*")
                : List.copyOf(scopes);
        roleMapping = roleMapping == null ? Map.of() : new LinkedHashMap<>(roleMapping);
    }

    public boolean enabled() {
        return !issuerUri.isEmpty();
    }

    @Override
    public String toString() { // never the secret
        return "SsoProperties[issuerUri=" + issuerUri + ", clientId=" + clientId + ", scopes=" + scopes
                + ", roleMapping=" + roleMapping + "]";
    }
}
