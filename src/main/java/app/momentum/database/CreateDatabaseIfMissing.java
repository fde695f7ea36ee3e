package app.momentum.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With a configured server, creates Momentum's database there before the first connection if it is missing. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "momentum.database.create-if-missing", havingValue = "true")
class CreateDatabaseIfMissing {

    @Bean
    static BeanPostProcessor createDatabaseBeforeUse() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari && !"momentum-embedded".equals(hikari.getPoolName())
                        && hikari.getJdbcUrl() != null) {
                    DatabaseCreator.createIfMissing(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
                }
                return bean;
            }
        };
    }
}
