package app.momentum.bench;

import app.momentum.base.TenantContext;
import app.momentum.dashboard.Cockpit;
import app.momentum.dashboard.ui.DashboardView;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.Tenant;
import app.momentum.tenancy.internal.TenantRepository;
import app.momentum.user.AppUser;
import app.momentum.user.internal.AppUserRepository;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (surefire does not pick up *Benchmark): the executive cockpit of a tenant with 500
 * journeys, 10,000 moments, 100,000 actions, five years of monthly values for 12 KPIs and 50 survey imports, among
 * 1,000 other tenants (CockpitBenchmarkData). Server time to build the tiles and the view, the number of SQL
 * statements one build sends (counted by datasource-proxy on the calling thread), and the heap a built dashboard
 * keeps per session. Command and results in docs/benchmarks.md.
 */
@SpringBootTest
class CockpitBenchmark extends SpringBrowserlessTest {

    private static final int WARMUP = 10;
    private static final int RUNS = 30;

    @Autowired JdbcTemplate jdbc;
    @Autowired Cockpit cockpit;
    @Autowired TenantRepository tenants;
    @Autowired AppUserRepository users;

    /** The statements of the build being timed statement by statement, with their time; null when none is. */
    private static final ThreadLocal<List<TimedStatement>> TIMED = new ThreadLocal<>();

    private record TimedStatement(long millis, String sql) {
    }

    /** Wraps the application's data source so every statement is counted (and timed, when asked). */
    @TestConfiguration
    static class CountStatements {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource
                            ? ProxyDataSourceBuilder.create(dataSource).name("bench").countQuery()
                                    .afterQuery((execution, queries) -> {
                                        List<TimedStatement> timed = TIMED.get();
                                        if (timed != null) {
                                            queries.forEach(query -> timed.add(new TimedStatement(
                                                    execution.getElapsedTime(), query.getQuery())));
                                        }
                                    }).build()
                            : bean;
                }
            };
        }
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void executiveCockpitOfABigTenant() {
        long start = System.nanoTime();
        UUID bigTenant = new CockpitBenchmarkData(jdbc).generate();
        System.out.printf("BENCHMARK data generated in %.0f s%n", (System.nanoTime() - start) / 1e9);

        Tenant big = TenantContext.callGlobal(() -> tenants.findById(bigTenant)).orElseThrow();
        for (Role role : List.of(Role.EXECUTIVE, Role.CX_MANAGER)) {
            String email = role == Role.EXECUTIVE ? CockpitBenchmarkData.EXECUTIVE_EMAIL : CockpitBenchmarkData.MANAGER_EMAIL;
            AppUser user = TenantContext.callGlobal(() -> users.findByEmail(email)).orElseThrow();
            TestLogin.as(user, big, role);
            report(role + " cockpit tiles (Cockpit.forCurrentMember)", () -> cockpit.forCurrentMember());
            report(role + " dashboard view built (tiles + components)", () -> navigate("", DashboardView.class));
        }
        retainedHeapPerDashboard();
    }

    /** Median and p90 server time of a build, and the statements one build sends. */
    private void report(String what, Supplier<Object> build) {
        for (int i = 0; i < WARMUP; i++) {
            build.get();
        }
        QueryCountHolder.clear();
        build.get();
        long statements = QueryCountHolder.getGrandTotal().getTotal();
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long begin = System.nanoTime();
            build.get();
            nanos[i] = System.nanoTime() - begin;
        }
        Arrays.sort(nanos);
        System.out.printf("BENCHMARK %s: median %.1f ms, p90 %.1f ms (n=%d), %d SQL statements per build%n", what,
                nanos[RUNS / 2] / 1e6, nanos[RUNS * 9 / 10] / 1e6, RUNS, statements);
        slowestStatements(build);
    }

    /** Where one more build spends its time in the database: its slowest statements, and the total of them all. */
    private static void slowestStatements(Supplier<Object> build) {
        List<TimedStatement> timed = new ArrayList<>();
        TIMED.set(timed);
        try {
            build.get();
        } finally {
            TIMED.remove();
        }
        System.out.printf("BENCHMARK   of which in SQL: %d ms; slowest statements:%n",
                timed.stream().mapToLong(TimedStatement::millis).sum());
        timed.stream().sorted(Comparator.comparingLong(TimedStatement::millis).reversed()).limit(6)
                .forEach(statement -> System.out.printf("BENCHMARK     %4d ms  %.110s%n", statement.millis(),
                        statement.sql().replaceAll("\\s+", " ").strip()));
    }

    /** Heap kept per open dashboard: hold 20 built views (their component trees) and compare the heap. */
    private void retainedHeapPerDashboard() {
        List<Component> open = new ArrayList<>();
        System.gc();
        long before = usedHeap();
        for (int i = 0; i < 20; i++) {
            open.add(navigate("", DashboardView.class));
        }
        System.gc();
        System.out.printf("BENCHMARK retained heap per open dashboard (executive's cockpit): %.0f KB%n",
                (usedHeap() - before) / 20.0 / 1024);
        open.clear();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
