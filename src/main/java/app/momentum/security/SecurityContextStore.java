package app.momentum.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Persists a changed security context in the HTTP session (Spring Security 6+ no longer does it implicitly). */
@Component
public class SecurityContextStore {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    void save(SecurityContext context) {
        HttpServletRequest request = null;
        HttpServletResponse response = null;
        VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
        if (vaadinRequest != null) {
            request = vaadinRequest.getHttpServletRequest();
            response = VaadinServletResponse.getCurrent() == null ? null
                    : VaadinServletResponse.getCurrent().getHttpServletResponse();
        } else if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            request = attributes.getRequest();
            response = attributes.getResponse();
        }
        if (request != null) {
            save(context, request, response);
        }
    }

    void save(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        repository.saveContext(context, request, response);
    }
}
