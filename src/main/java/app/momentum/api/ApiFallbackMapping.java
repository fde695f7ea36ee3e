package app.momentum.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Claims every {@code /api/v1} path that no controller serves, so that it is answered with a 404 problem instead
 * of falling through to Vaadin's catch-all mapping (which would send the app's HTML page with status 200). Ordered
 * after the controllers and before the resource and Vaadin mappings; the Swagger UI's files are left to their
 * resource handler.
 */
@Component
class ApiFallbackMapping extends AbstractHandlerMapping {

    static final String SWAGGER_UI_FILES = "/api/v1/swagger-ui/";

    private final HttpRequestHandler notFound;

    ApiFallbackMapping(ApiProblemWriter problems) {
        this.notFound = problems::notFound;
        setOrder(Ordered.LOWEST_PRECEDENCE - 2);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.equals("/api/v1") || path.startsWith("/api/v1/");
        return api && !path.startsWith(SWAGGER_UI_FILES) ? notFound : null;
    }

}
