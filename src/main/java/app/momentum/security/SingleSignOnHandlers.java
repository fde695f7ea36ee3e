package app.momentum.security;

import app.momentum.security.sso.SsoClaims;
import app.momentum.security.sso.SsoSignIn;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The browser's side of single sign-on: after Keycloak's login, the token's person becomes a Momentum session (or is
 * refused, their Keycloak session ended, and told why); at logout, the Keycloak session ends too (RP-initiated
 * logout with the ID token as hint).
 */
final class SingleSignOnHandlers {

    /** The refusal page (security.ui.SsoRefusedView). */
    static final String REFUSED_PATH = "/sso-refused";

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnHandlers.class);

    private final SsoSignIn signIn;
    private final MemberSession memberSession;
    private final SecurityContextStore contextStore;
    private final Supplier<ClientRegistration> registration;

    SingleSignOnHandlers(SsoSignIn signIn, MemberSession memberSession, SecurityContextStore contextStore,
                         Supplier<ClientRegistration> registration) {
        this.signIn = signIn;
        this.memberSession = memberSession;
        this.contextStore = contextStore;
        this.registration = registration;
    }

    AuthenticationSuccessHandler success() {
        return this::signedIn;
    }

    /** Keycloak refused, the user cancelled, or the answer did not check out: back to the login page, which says so. */
    AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            log.info("Single sign-on failed: {}", exception.getMessage());
            response.sendRedirect(request.getContextPath() + "/login?sso-error");
        };
    }

    /** Logout: the local session ends (Vaadin's handlers), then the browser goes to Keycloak to end that one. */
    SimpleUrlLogoutSuccessHandler logout() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) {
                if (authentication instanceof MomentumAuthentication momentum && momentum.signIn().singleSignOn()) {
                    Optional<String> endSession = endSession(momentum.signIn().idToken(), baseUrl(request) + "/login");
                    if (endSession.isPresent()) {
                        return endSession.get();
                    }
                }
                return super.determineTargetUrl(request, response, authentication);
            }
        };
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OidcUser user = (OidcUser) authentication.getPrincipal();
        String idToken = user.getIdToken().getTokenValue();
        SsoSignIn.Outcome outcome;
        try {
            outcome = signIn.signIn(SsoClaims.from(user.getClaims()));
        } catch (IllegalArgumentException unidentified) {
            log.warn("Single sign-on refused: {}", unidentified.getMessage());
            outcome = SsoSignIn.unidentified();
        }
        if (!outcome.admitted()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            String refused = baseUrl(request) + REFUSED_PATH + "?reason="
                    + outcome.refusal().name().toLowerCase(Locale.ROOT).replace('_', '-');
            // end the Keycloak session too, or the next attempt would be refused without a chance to change account
            response.sendRedirect(endSession(idToken, refused).orElse(refused));
            return;
        }
        MomentumAuthentication momentum = memberSession.authenticationFor(outcome.userId(),
                SignIn.singleSignOn(outcome.tenantIds(), idToken));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(momentum);
        SecurityContextHolder.setContext(context);
        contextStore.save(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Keycloak's end-session address with the ID token as hint, or empty when the issuer offers none. */
    private Optional<String> endSession(String idToken, String afterwards) {
        ClientRegistration client = registration.get();
        Object endpoint = client == null ? null
                : client.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            return Optional.empty();
        }
        return Optional.of(UriComponentsBuilder.fromUriString(endpoint.toString())
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", afterwards)
                .queryParam("client_id", client.getClientId())
                .encode().build().toUriString());
    }

    private static String baseUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
