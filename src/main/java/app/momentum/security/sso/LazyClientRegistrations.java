package app.momentum.security.sso;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration ({@value #ID}), read from the issuer's discovery document when first needed rather
 * than at start-up: Momentum starts (and its local logins work) while Keycloak is down, and the first sign-in
 * after Keycloak is back finds it.
 */
public final class LazyClientRegistrations implements ClientRegistrationRepository {

    public static final String ID = "keycloak";
    private static final Logger log = LoggerFactory.getLogger(LazyClientRegistrations.class);

    private final SsoProperties properties;
    private volatile ClientRegistration registration;

    public LazyClientRegistrations(SsoProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return ID.equals(registrationId) ? registration() : null;
    }

    /** The registration; null (and logged) while the issuer cannot be reached. */
    public ClientRegistration registration() {
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                            .registrationId(ID)
                            .clientId(properties.clientId())
                            .clientSecret(properties.clientSecret())
                            .scope(properties.scopes())
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .userNameAttributeName("sub")
                            .build();
                } catch (RuntimeException e) {
                    log.warn("Single sign-on: the issuer {} cannot be read now: {}", properties.issuerUri(),
                            e.getMessage());
                }
            }
            return registration;
        }
    }
}
