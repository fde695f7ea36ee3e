package app.momentum.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem responses written outside the controllers: by the security filters, before Spring MVC is reached (401
 * for a missing, wrong or revoked token, with {@code WWW-Authenticate: Bearer} as RFC 6750 asks, and 403 for a
 * read token that tries to write), and for API paths that do not exist (404).
 */
@Component
class ApiProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ApiProblems problems;
    private final JsonMapper json;

    ApiProblemWriter(ApiProblems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    /** No token, or none the API accepts. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        unauthorized(request, response, false);
    }

    /** @param invalidToken a token was sent but is unknown or revoked (RFC 6750 {@code invalid_token}) */
    void unauthorized(HttpServletRequest request, HttpServletResponse response, boolean invalidToken) throws IOException {
        response.setHeader("WWW-Authenticate", invalidToken
                ? "Bearer realm=\"momentum\", error=\"invalid_token\"" : "Bearer realm=\"momentum\"");
        write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                invalidToken ? "api.error.invalidToken" : "api.error.missingToken", request.getLocale()), request);
    }

    /**
     * An API path nothing serves (see {@link ApiFallbackMapping}). Written here rather than thrown: Spring MVC's
     * exception handlers only reach controller methods, and an unhandled error would be answered by Vaadin.
     */
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, problems.problem(HttpStatus.NOT_FOUND, "not-found", "api.error.noSuchPath", request.getLocale()), request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, problems.problem(HttpStatus.FORBIDDEN, "forbidden", "api.error.readOnlyToken", request.getLocale()),
                request);
    }

    private void write(HttpServletResponse response, ProblemDetail problem, HttpServletRequest request) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
