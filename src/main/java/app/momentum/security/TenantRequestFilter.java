package app.momentum.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per request: re-checks the logged-in member against the database (a deactivated member is logged out,
 * a changed role applies at once) and puts tenant and user ids into the log context. Part of the security
 * filter chain only (not a bean, so the servlet container does not register it a second time).
 */
class TenantRequestFilter extends OncePerRequestFilter {

    private final MemberSession memberSession;
    private final SecurityContextStore contextStore;

    TenantRequestFilter(MemberSession memberSession, SecurityContextStore contextStore) {
        this.memberSession = memberSession;
        this.contextStore = contextStore;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<MomentumAuthentication> stored = memberSession.current();
        if (stored.isPresent()) {
            Optional<MomentumAuthentication> fresh = memberSession.revalidate(stored.get());
            if (fresh.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (fresh.get() != stored.get()) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(fresh.get());
                SecurityContextHolder.setContext(context);
                contextStore.save(context, request, response);
            }
        }
        memberSession.current().ifPresent(auth -> {
            MDC.put("user", auth.user().id().toString());
            if (auth.tenantId() != null) {
                MDC.put("tenant", auth.tenantId().toString());
            }
        });
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("user");
            MDC.remove("tenant");
        }
    }
}
