package app.momentum.security;

import app.momentum.security.sso.SsoProperties;
import app.momentum.security.sso.SsoRoleMapping;
import app.momentum.security.sso.SsoSignIn;
import app.momentum.tenancy.TenantSingleSignOn;
import app.momentum.user.SingleSignOnAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The pieces of single sign-on; {@link SecurityConfig} switches it on when an issuer is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SsoProperties.class)
class SingleSignOnConfiguration {

    @Bean
    SsoSignIn ssoSignIn(TenantSingleSignOn tenants, SingleSignOnAccounts accounts, SsoProperties properties,
                        PlatformTransactionManager transactions) {
        return SsoSignIn.create(tenants, accounts, new SsoRoleMapping(properties.roleMapping()), transactions);
    }
}
