package app.momentum.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import java.beans.Introspector;
import java.util.ArrayList;
import java.util.List;
import org.springframework.expression.AccessException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Evaluates a policy's method-security expression the way {@code @PreAuthorize} does (SpEL, {@code @bean} resolved
 * by the bean's default name, {@code authentication} from the root object) without starting Spring, so a policy's
 * unit test proves that the expression reaches the same rule the views call.
 */
public final class PermissionExpressions {

    private PermissionExpressions() {
    }

    /** Whether {@code expression} allows someone signed in with exactly these tenant roles (none: no tenant chosen). */
    public static boolean allows(String expression, Object policy, Role... roles) {
        List<String> authorities = new ArrayList<>(List.of("ROLE_USER"));
        for (Role role : roles) {
            authorities.add(role.authority());
        }
        return allows(expression, policy, new TestingAuthenticationToken("member", null, authorities.toArray(String[]::new)));
    }

    /** Whether {@code expression} allows this authentication. */
    public static boolean allows(String expression, Object policy, Authentication authentication) {
        assertThat(policy.getClass().isAnnotationPresent(Component.class))
                .as("%s is a Spring bean, so method security can ask it", policy.getClass().getSimpleName()).isTrue();
        String beanName = Introspector.decapitalize(policy.getClass().getSimpleName());
        StandardEvaluationContext context = new StandardEvaluationContext(new Root(authentication));
        context.setBeanResolver((ctx, name) -> {
            if (name.equals(beanName)) {
                return policy;
            }
            throw new AccessException("no bean named " + name);
        });
        return new SpelExpressionParser().parseExpression(expression).getValue(context, Boolean.class);
    }

    /** Stands in for method security's root object, which offers {@code authentication}. */
    public static final class Root {

        private final Authentication authentication;

        Root(Authentication authentication) {
            this.authentication = authentication;
        }

        public Authentication getAuthentication() {
            return authentication;
        }
    }
}
