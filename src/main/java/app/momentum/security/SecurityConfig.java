package app.momentum.security;

import app.momentum.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import app.momentum.security.sso.LazyClientRegistrations;
import app.momentum.security.sso.SsoProperties;
import app.momentum.security.sso.SsoSignIn;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import java.time.Clock;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.config.ObjectPostProcessor;

/**
 * Vaadin 25 security: Vaadin's configurer protects views by their annotations ({@code @RolesAllowed},
 * {@code @PermitAll}, {@code @AnonymousAllowed}) and denies everything else. Health and metrics are
 * opened explicitly. Every page gets a Content-Security-Policy, and the login form needs Spring's CSRF token. Services check roles too ({@code @PreAuthorize}), so no view is the only guard.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What the browser may load and run. Vaadin Flow needs inline scripts and styles and {@code 'unsafe-eval'} (its
     * client engine starts from an inline script and runs the server's JavaScript by constructing functions);
     * everything else is narrowed to Momentum's own origin: no plugins, no foreign scripts, forms post only to
     * Momentum, and no page may frame Momentum. {@code connect-src 'self'} covers the push websocket.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, MemberSession memberSession,
                                           SecurityContextStore contextStore, RequestUtil vaadinRequests,
                                           SsoProperties sso, SsoSignIn ssoSignIn) throws Exception {
        // Health (with /livez and /readyz on the public port), metrics and the drain notice; metrics and the drain
        // are served only on the management port (management.server.port), which the public never reaches.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class, PrometheusScrapeEndpoint.class)).permitAll()
                // the drain notice, called by Kubernetes before it stops the pod (shell's DrainNotice)
                .requestMatchers(EndpointRequest.to("drain")).permitAll()
                .requestMatchers(EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class)).permitAll());
        // Vaadin's own CSRF setup exempts the login page, also its POST: anyone could log a victim into an
        // account of the attacker's (login CSRF). Ours exempts only Vaadin's internal requests, which carry
        // Vaadin's own CSRF token; the login form sends Spring's token, which Vaadin puts into the page.
        SingleSignOnHandlers singleSignOn = null;
        LazyClientRegistrations registrations = null;
        if (sso.enabled()) {
            registrations = new LazyClientRegistrations(sso);
            singleSignOn = new SingleSignOnHandlers(ssoSignIn, memberSession, contextStore, registrations::registration);
        }
        SingleSignOnHandlers handlers = singleSignOn;
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            if (handlers != null) {
                vaadin.logoutSuccessHandler(handlers.logout());
            }
        });
        if (singleSignOn != null) {
            // Keycloak's login: "Sign in with your organisation" on the login page goes to
            // /oauth2/authorization/keycloak; Keycloak answers at /login/oauth2/code/keycloak
            LazyClientRegistrations clients = registrations;
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .clientRegistrationRepository(clients)
                    .successHandler(handlers.success())
                    .failureHandler(handlers.failure()));
        }
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Vaadin's pages are served through a forward, whose response Tomcat commits past Spring's
                // "write headers on commit" hook: without writing them first, pages would get no headers at all.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Default already, stated to make it explicit: a new session id at login against session fixation.
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(new TenantRequestFilter(memberSession, contextStore), AuthorizationFilter.class);
        return http.build();
    }

    /** BCrypt by default, and able to verify other encodings if we ever migrate. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
