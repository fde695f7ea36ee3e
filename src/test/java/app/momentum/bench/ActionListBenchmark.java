package app.momentum.bench;

import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionFilter;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.ui.ActionListView;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.Tenant;
import app.momentum.base.TenantContext;
import app.momentum.tenancy.internal.TenantRepository;
import app.momentum.user.AppUser;
import app.momentum.user.internal.AppUserRepository;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: 1,000 tenants × 1,000 actions plus one tenant with 100,000 actions; the action
 * list's first page in the big tenant, unfiltered and filtered, server time. Data is generated in SQL.
 * Command and results in docs/benchmarks.md.
 */
@SpringBootTest
class ActionListBenchmark extends SpringBrowserlessTest {

    private static final int TENANTS = 1_000;
    private static final int ACTIONS_PER_TENANT = 1_000;
    private static final int BIG_TENANT_ACTIONS = 100_000;
    private static final int RUNS = 30;

    @Autowired JdbcTemplate jdbc;
    @Autowired ActionService actions;
    @Autowired TenantRepository tenants;
    @Autowired AppUserRepository users;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void actionListFirstPageInTheBigTenant() {
        long start = System.nanoTime();
        UUID bigTenant = generate();
        System.out.printf("BENCHMARK data generated in %.0f s%n", (System.nanoTime() - start) / 1e9);

        Tenant big = TenantContext.callGlobal(() -> tenants.findById(bigTenant)).orElseThrow();
        AppUser manager = TenantContext.callGlobal(() -> users.findByEmail("bench-manager@big.example")).orElseThrow();
        TestLogin.as(manager, big, Role.CX_MANAGER);
        UUID owner = jdbc.queryForObject("select owner_user_id from improvement_action where tenant_id = ? limit 1", UUID.class, bigTenant);

        PageRequest firstPage = PageRequest.of(0, 50, Sort.by("dueDate"));
        ActionFilter filtered = new ActionFilter(null, null, owner, null, ActionStatus.IN_PROGRESS, false, null);
        report("first page, unfiltered (list + count)", () -> actions.list(ActionFilter.all(), firstPage).size() + actions.count(ActionFilter.all()));
        report("first page, filtered by owner and status (list + count)",
                () -> actions.list(filtered, firstPage).size() + actions.count(filtered));
        report("action list view built (first page fetched by the grid)", () -> {
            navigate("actions", ActionListView.class);
            return 0;
        });
        System.out.println("BENCHMARK plan, unfiltered first page:");
        jdbc.queryForList("explain analyze select * from improvement_action where tenant_id = ? order by due_date limit 50", bigTenant)
                .forEach(row -> System.out.println("  " + row.values().iterator().next()));
        System.out.println("BENCHMARK plan, filtered:");
        jdbc.queryForList("explain analyze select * from improvement_action where tenant_id = ? and owner_user_id = ? and status = 'IN_PROGRESS' "
                + "order by due_date limit 50", bigTenant, owner).forEach(row -> System.out.println("  " + row.values().iterator().next()));
    }

    private void report(String what, Supplier<Object> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("BENCHMARK %s: median %.1f ms, p90 %.1f ms (n=%d)%n", what, nanos[RUNS / 2] / 1e6, nanos[RUNS * 9 / 10] / 1e6, RUNS);
    }

    /** 1,000 small tenants and one big one, each with a user, a journey and its actions. @return the big tenant */
    private UUID generate() {
        jdbc.execute("""
                create temporary table bench_tenant as
                select gen_random_uuid() as id, g as n, g = 0 as big from generate_series(0, %d) g""".formatted(TENANTS));
        jdbc.execute("""
                insert into tenant (id, name, slug, locale, created_at, version)
                select id, 'Bench ' || n, 'bench-' || n, 'en', now(), 0 from bench_tenant""");
        jdbc.execute("""
                insert into app_user (id, email, display_name, password_hash, active, platform_admin, must_change_password,
                                      created_at, version)
                select id, case when big then 'bench-manager@big.example' else 'bench-' || n || '@bench.example' end,
                       'Bench user ' || n, '{noop}x', true, false, false, now(), 0 from bench_tenant""");
        jdbc.execute("""
                insert into membership (id, tenant_id, user_id, role, active, created_at, version)
                select gen_random_uuid(), id, id, 'CX_MANAGER', true, now(), 0 from bench_tenant""");
        jdbc.execute("""
                insert into journey (id, tenant_id, name, type, lifecycle_stage, archived, check_status, created_at, updated_at, version)
                select id, id, 'Bench journey', 'SIGNATURE_JOURNEY', 'MAKING', false, 'PASS', now(), now(), 0 from bench_tenant""");
        jdbc.execute("""
                insert into improvement_action (id, tenant_id, journey_id, title, type, owner_user_id, status, due_date, priority,
                                                effort, created_at, updated_at, version)
                select gen_random_uuid(), t.id, t.id, 'Action ' || a, 'FUNCTIONAL_FIX', t.id,
                       (array['IDEA','PLANNED','IN_PROGRESS','DONE','EFFECT_VERIFIED','DROPPED'])[1 + a %% 6],
                       current_date + (a %% 400) - 200, 'MEDIUM', 'M', now(), now(), 0
                from bench_tenant t cross join lateral generate_series(1, case when t.big then %d else %d end) a""".formatted(
                BIG_TENANT_ACTIONS, ACTIONS_PER_TENANT));
        jdbc.execute("analyze");
        return jdbc.queryForObject("select id from bench_tenant where big", UUID.class);
    }
}
