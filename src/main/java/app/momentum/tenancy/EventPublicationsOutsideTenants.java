package app.momentum.tenancy;

import app.momentum.base.TenantContext;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Spring Modulith's event publication registry keeps its rows in one global table (no tenant column) and opens
 * transactions of its own — when a listener on a background thread ends, at start-up to republish, when a test
 * looks. Hibernate asks for a tenant whenever a session opens, and there is none on those threads, so every call
 * into the registry runs in the global scope. Inside a tenant's transaction (storing what a change published) the
 * call joins that transaction, whose session and tenant were fixed when it opened: nothing changes for it.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationsOutsideTenants {

    /** By name: the registry's interface is in Modulith's runtime-only events-core, not on the compile path. */
    static final String REGISTRY = "org.springframework.modulith.events.core.EventPublicationRegistry";

    /** Around the registry's own transaction advice (which has the lowest precedence), so it opens in scope. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor eventPublicationRegistryInGlobalScope() {
        MethodInterceptor inGlobalScope = invocation -> {
            Throwable[] failure = new Throwable[1];
            Object result = TenantContext.callGlobal(() -> {
                try {
                    return invocation.proceed();
                } catch (Throwable e) {
                    failure[0] = e;
                    return null;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            return result;
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new ComposablePointcut(isRegistry()), inGlobalScope);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static ClassFilter isRegistry() {
        return type -> ClassUtils.getAllInterfacesForClassAsSet(type).stream().anyMatch(i -> i.getName().equals(REGISTRY));
    }
}
