package app.momentum.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The REST API's own filter chain, before the Vaadin chain: everything under {@code /api/v1} and nothing else.
 * Stateless (no session, no CSRF token, no saved requests, no login page): each request proves itself with its
 * bearer token. Reading needs any valid token, every other method a read-write one. The OpenAPI document and
 * its UI are open, so people can read how to use the API before they have a token.
 */
@Configuration
class ApiSecurityConfig {

    static final String API = "/api/v1/**";
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final RequestMatcher PUBLIC = new OrRequestMatcher(
            PATHS.matcher(HttpMethod.GET, "/api/v1/openapi.json"),
            PATHS.matcher(HttpMethod.GET, "/api/v1/openapi.json/**"),
            PATHS.matcher(HttpMethod.GET, "/api/v1/openapi.json.yaml"),
            PATHS.matcher(HttpMethod.GET, "/api/v1/docs"),
            PATHS.matcher(HttpMethod.GET, "/api/v1/docs/**"),
            PATHS.matcher(HttpMethod.GET, "/api/v1/swagger-ui/**"));

    static boolean isPublic(HttpServletRequest request) {
        return PUBLIC.matches(request);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, ApiProblemWriter problems) throws Exception {
        http.securityMatcher(PATHS.matcher(API))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, API), PATHS.matcher(HttpMethod.HEAD, API))
                        .hasAuthority(ApiTokenAuthentication.READ)
                        .anyRequest().hasAuthority(ApiTokenAuthentication.WRITE))
                .addFilterBefore(new ApiTokenFilter(tokens, problems), AuthorizationFilter.class);
        return http.build();
    }
}
