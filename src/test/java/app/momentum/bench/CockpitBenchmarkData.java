package app.momentum.bench;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cockpit benchmark's data, generated in SQL (issue 11): one big tenant with 500 journeys of 4 phases × 5
 * moments (10,000 moments, each with an accountable discipline), 100,000 improvement actions (each improving one
 * moment), 12 KPIs with five years of monthly values and targets, and 50 survey imports with a result per moment;
 * among 1,000 other tenants with one such journey, 100 actions, three KPIs with a year of values and one survey
 * each. Every figure the cockpit reads is spread over the values it can take (stages, check statuses, action
 * statuses, due dates before and after today, targets met and missed, a status history per action), so no tile is
 * trivially empty.
 */
final class CockpitBenchmarkData {

    static final int OTHER_TENANTS = 1_000;
    static final int BIG_JOURNEYS = 500;
    static final int PHASES = 4;
    static final int MOMENTS_PER_PHASE = 5;
    static final int BIG_ACTIONS_PER_JOURNEY = 200;
    static final int OTHER_ACTIONS = 100;
    static final int BIG_KPI_MONTHS = 60;
    static final int OTHER_KPI_MONTHS = 12;
    static final int BIG_SURVEYS = 50;

    static final String EXECUTIVE_EMAIL = "bench-executive@big.example";
    static final String MANAGER_EMAIL = "bench-manager@big.example";

    private final JdbcTemplate jdbc;
    /** Run on one connection: the temporary tables live only in the session that made them. */
    private final List<String> sql = new ArrayList<>();

    CockpitBenchmarkData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the big tenant's id */
    UUID generate() {
        tenantsAndPeople();
        journeysPhasesMoments();
        actions();
        kpis();
        surveys();
        // as autovacuum would soon after a bulk load: statistics for the planner, and the visibility map that lets
        // index-only scans skip the table
        sql.add("vacuum analyze");
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String each : sql) {
                    statement.execute(each);
                }
            }
            return null;
        });
        return jdbc.queryForObject("select id from tenant where slug = 'cockpit-bench-0'", UUID.class);
    }

    private void tenantsAndPeople() {
        sql.add("""
                create temporary table bench_tenant as
                select gen_random_uuid() as id, gen_random_uuid() as manager_id, g as n, g = 0 as big
                from generate_series(0, %d) g""".formatted(OTHER_TENANTS));
        sql.add("""
                insert into tenant (id, name, slug, locale, created_at, version)
                select id, 'Cockpit bench ' || n, 'cockpit-bench-' || n, 'en', now(), 0 from bench_tenant""");
        // the tenant's id doubles as its executive's user id; the manager owns journeys and actions
        sql.add("""
                insert into app_user (id, email, display_name, password_hash, active, platform_admin, must_change_password,
                                      created_at, version)
                select id, case when big then '%s' else 'cockpit-exec-' || n || '@bench.example' end,
                       'Executive ' || n, '{noop}x', true, false, false, now(), 0 from bench_tenant
                union all
                select manager_id, case when big then '%s' else 'cockpit-manager-' || n || '@bench.example' end,
                       'Manager ' || n, '{noop}x', true, false, false, now(), 0 from bench_tenant"""
                .formatted(EXECUTIVE_EMAIL, MANAGER_EMAIL));
        sql.add("""
                insert into membership (id, tenant_id, user_id, role, active, created_at, version)
                select gen_random_uuid(), id, id, 'EXECUTIVE', true, now(), 0 from bench_tenant
                union all
                select gen_random_uuid(), id, manager_id, 'CX_MANAGER', true, now(), 0 from bench_tenant""");
        sql.add("""
                create temporary table bench_discipline as
                select gen_random_uuid() as id, t.id as tenant_id, d as position
                from bench_tenant t cross join generate_series(1, 6) d""");
        sql.add("""
                insert into discipline (id, tenant_id, name, position, version)
                select id, tenant_id, 'Discipline ' || position, position, 0 from bench_discipline""");
    }

    private void journeysPhasesMoments() {
        sql.add("""
                create temporary table bench_journey as
                select gen_random_uuid() as id, t.id as tenant_id, t.manager_id, j as n
                from bench_tenant t cross join lateral generate_series(1, case when t.big then %d else 1 end) j"""
                .formatted(BIG_JOURNEYS));
        sql.add("""
                insert into journey (id, tenant_id, name, type, lifecycle_stage, archived, check_status, owner_user_id,
                                     created_at, updated_at, version)
                select id, tenant_id, 'Journey ' || n,
                       (array['ORGANISATION_TOUCHPOINT_ANALYSIS','CUSTOMER_TOUCHPOINT_ANALYSIS',
                              'CUSTOMER_EXPERIENCE_JOURNEY','SIGNATURE_JOURNEY'])[1 + n % 4],
                       (array['MAPPING','MAKING','MINING','MANAGEMENT'])[1 + (n / 4) % 4],
                       false, (array['PASS','WARNING','FAIL','NOT_APPLICABLE'])[1 + n % 4], manager_id,
                       now() - (n % 400) * interval '1 day', now() - (n % 200) * interval '1 day', 0
                from bench_journey""");
        sql.add("""
                create temporary table bench_phase as
                select gen_random_uuid() as id, j.tenant_id, j.id as journey_id, p as position
                from bench_journey j cross join generate_series(1, %d) p""".formatted(PHASES));
        sql.add("""
                insert into phase (id, tenant_id, journey_id, name, position, version)
                select id, tenant_id, journey_id, 'Phase ' || position, position, 0 from bench_phase""");
        sql.add("""
                create temporary table bench_moment as
                select gen_random_uuid() as id, p.tenant_id, p.journey_id, p.id as phase_id,
                       (p.position - 1) * %1$d + m as n, m as position
                from bench_phase p cross join generate_series(1, %1$d) m""".formatted(MOMENTS_PER_PHASE));
        sql.add("""
                insert into moment (id, tenant_id, journey_id, phase_id, position, title, nature, target_level,
                                    moment_of_truth, brand_moment, version)
                select id, tenant_id, journey_id, phase_id, position, 'Moment ' || n,
                       case when n % 3 = 0 then 'EMOTIONAL' else 'FUNCTIONAL' end,
                       case when n % 5 = 0 then 'NINE_PLUS' else 'SEVEN_PLUS' end, n % 7 = 0, n % 10 = 0, 0
                from bench_moment""");
        sql.add("""
                insert into moment_responsibility (id, tenant_id, journey_id, moment_id, discipline_id, raci, version)
                select gen_random_uuid(), m.tenant_id, m.journey_id, m.id, d.id, 'A', 0
                from bench_moment m join bench_discipline d on d.tenant_id = m.tenant_id and d.position = 1 + m.n % 6""");
    }

    private void actions() {
        sql.add("""
                insert into improvement_action (id, tenant_id, journey_id, moment_ids, title, type, discipline_id,
                                                owner_user_id, status, due_date, priority, effort, created_at, updated_at,
                                                completed_at, version)
                select gen_random_uuid(), j.tenant_id, j.id, array[bm.id], 'Action ' || a, 'FUNCTIONAL_FIX', d.id, j.manager_id,
                       (array['IDEA','PLANNED','IN_PROGRESS','DONE','EFFECT_VERIFIED','DROPPED'])[1 + a %% 6],
                       current_date + (a %% 400) - 200, 'MEDIUM', 'M', now() - (a %% 300) * interval '1 day',
                       now() - (a %% 150) * interval '1 day',
                       case when 1 + a %% 6 in (4, 5) then now() - (a %% 150) * interval '1 day' end, 0
                from bench_journey j
                join bench_tenant t on t.id = j.tenant_id
                cross join lateral generate_series(1, case when t.big then %d else %d end) a
                join bench_discipline d on d.tenant_id = j.tenant_id and d.position = 1 + a %% 6
                join bench_moment bm on bm.journey_id = j.id and bm.n = 1 + a %% %d"""
                .formatted(BIG_ACTIONS_PER_JOURNEY, OTHER_ACTIONS, PHASES * MOMENTS_PER_PHASE));
        // every action's history starts with its creation; a completed one also has the status change to done (and
        // a verified one the one after it), as the workflow records them
        sql.add("""
                insert into action_event (id, tenant_id, action_id, at, user_id, kind, from_status, to_status, version)
                select gen_random_uuid(), a.tenant_id, a.id, a.created_at, a.owner_user_id, 'STATUS', null, 'IDEA', 0
                from improvement_action a join bench_tenant t on t.id = a.tenant_id
                union all
                select gen_random_uuid(), a.tenant_id, a.id, a.updated_at, a.owner_user_id, 'STATUS', 'IN_PROGRESS',
                       'DONE', 0
                from improvement_action a join bench_tenant t on t.id = a.tenant_id
                where a.status in ('DONE', 'EFFECT_VERIFIED')
                union all
                select gen_random_uuid(), a.tenant_id, a.id, a.updated_at + interval '1 day', a.owner_user_id,
                       'STATUS', 'DONE', 'EFFECT_VERIFIED', 0
                from improvement_action a join bench_tenant t on t.id = a.tenant_id
                where a.status = 'EFFECT_VERIFIED'""");
    }

    /**
     * The big tenant gets the eight standard KPIs and four own ones, each with monthly values and targets for five
     * years; the others get NPS, CES and CXi with a year of values.
     */
    private void kpis() {
        sql.add("""
                create temporary table bench_kpi as
                select gen_random_uuid() as id, t.id as tenant_id, t.big, k.code, k.n
                from bench_tenant t
                cross join (values ('NPS', 1), ('CES', 2), ('CXI', 3), ('CSAT', 4), ('RETENTION', 5), ('CHURN', 6),
                                   ('CROSS_SELL', 7), ('CLV', 8), (null, 9), (null, 10), (null, 11), (null, 12)) k(code, n)
                where t.big or k.n <= 3""");
        sql.add("""
                insert into kpi (id, tenant_id, name, unit, scale_min, scale_max, higher_is_better, standard_code, scope,
                                 version)
                select id, tenant_id, coalesce(code, 'Own KPI ' || n), 'score', 0, 100, code is distinct from 'CHURN',
                       code, 'TENANT', 0
                from bench_kpi""");
        sql.add("""
                insert into kpi_measurement (id, tenant_id, kpi_id, period_type, period_start, value, sample_size, source,
                                             created_at, version)
                select gen_random_uuid(), k.tenant_id, k.id, 'MONTH',
                       (date_trunc('month', current_date) - m * interval '1 month')::date,
                       30 + (k.n * 7 + m * 3) %% 50, 200, 'IMPORT', now(), 0
                from bench_kpi k cross join lateral generate_series(1, case when k.big then %d else %d end) m"""
                .formatted(BIG_KPI_MONTHS, OTHER_KPI_MONTHS));
        sql.add("""
                insert into kpi_target (id, tenant_id, kpi_id, period_type, period_start, target, version)
                select gen_random_uuid(), k.tenant_id, k.id, 'MONTH',
                       (date_trunc('month', current_date) - m * interval '1 month')::date, 55, 0
                from bench_kpi k cross join lateral generate_series(0, case when k.big then %d else %d end) m"""
                .formatted(BIG_KPI_MONTHS, OTHER_KPI_MONTHS));
    }

    /** Surveys on the first journeys of the big tenant (one a week apart) and on every other tenant's journey. */
    private void surveys() {
        sql.add("""
                create temporary table bench_survey as
                select gen_random_uuid() as id, gen_random_uuid() as segment_id, j.tenant_id, j.id as journey_id, j.n
                from bench_journey j join bench_tenant t on t.id = j.tenant_id
                where not t.big or j.n <= %d""".formatted(BIG_SURVEYS));
        sql.add("""
                insert into survey_import (id, tenant_id, journey_id, file_name, fielded_on, respondents,
                                           satisfaction_threshold, impact_threshold, seven_plus_mean_target,
                                           nine_plus_share_target, min_reliable_n, effort_scale_max, created_at,
                                           completed_at, version)
                select id, tenant_id, journey_id, 'survey-' || n || '.csv', current_date - n * 7, 800,
                       7.0, 0, 7.0, 0.5, 30, 7, now(), now(), 0
                from bench_survey""");
        sql.add("""
                insert into survey_segment_result (id, tenant_id, import_id, segment_column, segment_value, respondents,
                                                   nps_n, nps, cxi, mean_effort, version)
                select segment_id, tenant_id, id, '', '', 800, 780, 12.5, 20.0, 5.1, 0 from bench_survey""");
        sql.add("""
                insert into survey_moment_result (id, tenant_id, segment_result_id, moment_id, title, position,
                                                  experienced, frequency, mean_satisfaction, share_nine_ten,
                                                  share_six_or_lower, impact, impact_n, reliable, quadrant, target_met,
                                                  priority, version)
                select gen_random_uuid(), s.tenant_id, s.segment_id, m.id, 'Moment ' || m.n, m.n,
                       400 + m.n * 10, (400 + m.n * 10) / 800.0, 5.5 + (m.n % 9) * 0.4, 0.3, 0.2, 0.2, 400, true,
                       (array['HIGH_SATISFACTION_POSITIVE_IMPACT','LOW_SATISFACTION_POSITIVE_IMPACT',
                              'LOW_SATISFACTION_NEGATIVE_IMPACT','HIGH_SATISFACTION_NEGATIVE_IMPACT'])[1 + m.n % 4],
                       (5.5 + (m.n % 9) * 0.4) >= 7.0, 1.0, 0
                from bench_survey s join bench_moment m on m.journey_id = s.journey_id""");
    }
}
