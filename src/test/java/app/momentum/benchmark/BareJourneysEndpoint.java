package app.momentum.benchmark;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API throughput benchmark's yardstick (docs/benchmarks.md): the query {@code GET /api/v1/journeys} answers —
 * one tenant's active journeys by name, a page of 100 — as plain JDBC and JSON, without the API's layers (no token,
 * no security rules, no transaction, no JPA). Test code, and off unless {@code momentum.benchmark.bare-endpoint=true}:
 * the benchmark script adds these classes to the production jar's class path (Spring Boot's {@code loader.path}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "momentum.benchmark.bare-endpoint", havingValue = "true")
class BareJourneysEndpoint {

    /** Before the application's chains: the yardstick passes no security rule. */
    @Bean
    @Order(0)
    SecurityFilterChain bareJourneysChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/bench/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @RestController
    @ConditionalOnProperty(name = "momentum.benchmark.bare-endpoint", havingValue = "true")
    static class BareJourneys {

        private final JdbcTemplate jdbc;

        BareJourneys(DataSource dataSource) {
            this.jdbc = new JdbcTemplate(dataSource);
        }

        /** The tenant comes as a parameter: the same tenant-scoped query, with nothing that finds the tenant. */
        @GetMapping(path = "/bench/journeys", produces = "application/json")
        Map<String, Object> journeys(@RequestParam UUID tenant) {
            List<Map<String, Object>> items = jdbc.query("select id, name, type, lifecycle_stage, check_status, "
                    + "archived, updated_at from journey where tenant_id = ? and archived = false "
                    + "order by name, id limit 100", (rows, n) -> {
                        Map<String, Object> item = new LinkedHashMap<>();
                        item.put("id", rows.getObject("id", UUID.class));
                        item.put("name", rows.getString("name"));
                        item.put("type", rows.getString("type"));
                        item.put("stage", rows.getString("lifecycle_stage"));
                        item.put("checkStatus", rows.getString("check_status"));
                        item.put("archived", rows.getBoolean("archived"));
                        Timestamp updated = rows.getTimestamp("updated_at");
                        item.put("updatedAt", updated.toInstant());
                        return item;
                    }, tenant);
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("items", items);
            page.put("page", 0);
            page.put("size", 100);
            page.put("total", items.size());
            return page;
        }
    }
}
