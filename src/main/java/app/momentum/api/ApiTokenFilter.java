package app.momentum.api;

import app.momentum.base.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>}: a valid token authenticates the request as its tenant, and the rest
 * of the request runs in that tenant's {@link TenantContext} scope, so every query is filtered by the token's
 * tenant whatever the URL names. A header with an unknown or revoked token is refused here with 401; a request
 * without a header goes on unauthenticated and is refused by the authorization rules (or reaches the open docs).
 * Part of the API's filter chain only, not a bean (the servlet container would register it for every path).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ApiTokenService tokens;
    private final ApiProblemWriter problems;

    ApiTokenFilter(ApiTokenService tokens, ApiProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ApiSecurityConfig.isPublic(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenService.TokenIdentity> identity = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.authenticate(header.substring(BEARER.length())) : Optional.empty();
        if (identity.isEmpty()) {
            problems.unauthorized(request, response, true);
            return;
        }
        ApiTokenService.TokenIdentity token = identity.get();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(token.tokenId(), token.tenantId(), token.scope()));
        SecurityContextHolder.setContext(context);
        MDC.put("tenant", token.tenantId().toString());
        MDC.put("user", "api-token:" + token.tokenId());
        try {
            inTenant(token, request, response, chain);
        } finally {
            MDC.remove("tenant");
            MDC.remove("user");
        }
    }

    /** {@link TenantContext} takes a supplier; the chain's checked exceptions are carried across it and rethrown. */
    private static void inTenant(ApiTokenService.TokenIdentity token, HttpServletRequest request,
                                 HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        Exception failure = TenantContext.callInTenant(token.tenantId(), () -> {
            try {
                chain.doFilter(request, response);
                return null;
            } catch (IOException | ServletException e) {
                return e;
            }
        });
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof ServletException servlet) {
            throw servlet;
        }
    }
}
