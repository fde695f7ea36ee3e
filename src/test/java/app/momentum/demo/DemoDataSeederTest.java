package app.momentum.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.brand.BrandService;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.MembershipDirectory;
import app.momentum.tenancy.Tenant;
import org.springframework.data.domain.PageRequest;
import app.momentum.tenancy.Role;
import app.momentum.base.TenantContext;
import app.momentum.tenancy.TenantMembershipView;
import app.momentum.tenancy.internal.TenantRepository;
import app.momentum.testsupport.TestDatabaseEnvironment;
import app.momentum.user.AppUser;
import app.momentum.user.internal.AppUserRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Demo data: two tenants, one user per role, a user in both; idempotent; never in production mode. */
@SpringBootTest
class DemoDataSeederTest {

    @Autowired DemoDataSeeder seeder;
    @Autowired TenantRepository tenants;
    @Autowired AppUserRepository users;
    @Autowired MembershipDirectory directory;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired BrandService brand;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired app.momentum.action.ActionService actions;
    @Autowired app.momentum.measurement.survey.SurveyImportService surveys;
    @Autowired app.momentum.measurement.PerceptionGapService gaps;
    @Autowired app.momentum.measurement.followup.FollowUpService followUps;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired app.momentum.maturity.MaturityScans maturity;
    @Autowired app.momentum.governance.LifeCycle lifeCycle;

    @Test
    void seedsBothTenantsWithOneUserPerRoleAndASharedUser() {
        for (String slug : List.of(DemoDataSeeder.ENERGY, DemoDataSeeder.BANK)) {
            assertThat(TenantContext.callGlobal(() -> tenants.findBySlug(slug))).isPresent();
            for (var entry : java.util.Map.of("admin", Role.TENANT_ADMIN, "cx", Role.CX_MANAGER,
                    "contributor", Role.CONTRIBUTOR, "exec", Role.EXECUTIVE).entrySet()) {
                AppUser user = user(entry.getKey() + "@" + slug + ".example");
                assertThat(passwordEncoder.matches(TestDatabaseEnvironment.DEMO_PASSWORD, user.getPasswordHash())).isTrue();
                assertThat(directory.activeMembershipsOf(user.getId())).singleElement()
                        .satisfies(m -> assertThat(m.tenantSlug()).isEqualTo(slug))
                        .extracting(TenantMembershipView::role).isEqualTo(entry.getValue());
            }
        }
        assertThat(directory.activeMembershipsOf(user(DemoDataSeeder.SHARED_USER).getId()))
                .extracting(TenantMembershipView::tenantSlug)
                .containsExactlyInAnyOrder(DemoDataSeeder.ENERGY, DemoDataSeeder.BANK);
        assertThat(user(DemoDataSeeder.PLATFORM_ADMIN).isPlatformAdmin()).isTrue();
    }

    @Test
    void eachDemoTenantHasABrandAPassingSignatureJourneyAndAFailingOne() {
        for (String slug : List.of(DemoDataSeeder.ENERGY, DemoDataSeeder.BANK)) {
            Tenant tenant = TenantContext.callGlobal(() -> tenants.findBySlug(slug)).orElseThrow();
            TestLogin.as(user("cx@" + slug + ".example"), tenant, Role.CX_MANAGER);
            try {
                assertThat(brand.values()).hasSizeBetween(3, 6);
                assertThat(brand.profile().getBrandPromise()).isNotBlank();
                List<Journey> all = journeys.list(JourneyService.JourneyFilter.active(), PageRequest.of(0, 10));
                Journey signature = all.stream().filter(j -> j.getType() == JourneyType.SIGNATURE_JOURNEY).findFirst().orElseThrow();
                var signatureMap = maps.load(signature.getId());
                assertThat(signatureMap.moments()).hasSizeBetween(12, 20);
                assertThat(signatureMap.check().items()).allSatisfy(item ->
                        assertThat(item.status()).as(slug + " " + item.rule()).isEqualTo(CheckStatus.PASS));
                Journey failing = all.stream().filter(j -> j.getType() != JourneyType.SIGNATURE_JOURNEY).findFirst().orElseThrow();
                assertThat(maps.load(failing.getId()).check().items())
                        .filteredOn(item -> item.status() == CheckStatus.FAIL).hasSizeGreaterThanOrEqualTo(3);
                var demoActions = actions.list(app.momentum.action.ActionService.ActionFilter.all(), PageRequest.of(0, 100));
                assertThat(demoActions).extracting(a -> a.getStatus())
                        .containsAll(java.util.EnumSet.allOf(app.momentum.action.domain.ActionStatus.class));
                assertThat(actions.count(new app.momentum.action.ActionService.ActionFilter(null, null, null, null, null, true, null)))
                        .isPositive();
                assertThat(demoActions).extracting(a -> a.getDisciplineId()).doesNotContainNull().hasSizeGreaterThan(2);
            } finally {
                TestLogin.logout();
            }
        }
    }

    @Test
    void eachSignatureJourneyHasTwoSurveyImportsAQuarterApartWithEveryQuadrant() {
        for (String slug : List.of(DemoDataSeeder.ENERGY, DemoDataSeeder.BANK)) {
            Tenant tenant = TenantContext.callGlobal(() -> tenants.findBySlug(slug)).orElseThrow();
            TestLogin.as(user("exec@" + slug + ".example"), tenant, Role.EXECUTIVE);
            try {
                Journey signature = journeys.list(JourneyService.JourneyFilter.active(), PageRequest.of(0, 10)).stream()
                        .filter(j -> j.getType() == JourneyType.SIGNATURE_JOURNEY).findFirst().orElseThrow();
                var imports = surveys.imports(signature.getId());
                assertThat(imports).hasSize(2);
                assertThat(imports.get(0).getFieldedOn()).isEqualTo(imports.get(1).getFieldedOn().plusMonths(3));
                var latest = surveys.latest(signature.getId()).orElseThrow().result();
                assertThat(latest.overall().respondents()).isGreaterThanOrEqualTo(300);
                assertThat(latest.bySegment()).hasSize(1);
                assertThat(latest.overall().moments()).hasSize(maps.load(signature.getId()).moments().size())
                        .allSatisfy(m -> assertThat(m.reliable()).as("%s: %s", m.title(), m.chosenImpact()).isTrue());
                // the matrix has something to say in every corner, and the later survey is better
                assertThat(latest.overall().moments()).extracting(m -> m.quadrant())
                        .containsAll(java.util.EnumSet.allOf(app.momentum.measurement.analysis.Quadrant.class));
                // the owners estimated between the two surveys: the latest has a perception gap to show
                assertThat(gaps.gaps(imports.get(0).getId())).anySatisfy(g -> assertThat(g.overestimated()).isTrue())
                        .allSatisfy(g -> assertThat(g.estimate()).isNotNaN());
                assertThat(gaps.gaps(imports.get(1).getId())).allSatisfy(g -> assertThat(g.estimate()).isNaN());
                assertThat(followUps.queue(java.util.Set.of())).isNotEmpty();
                var earlier = surveys.analysis(imports.get(1).getId()).orElseThrow().result();
                assertThat(latest.overall().nps().nps()).isGreaterThanOrEqualTo(earlier.overall().nps().nps() - 10);
            } finally {
                TestLogin.logout();
            }
        }
    }

    @Test
    void eachDemoTenantHasTwoMaturityRoundsAYearApartTheSecondBetterAndWithoutTheFirstsInconsistency() {
        for (String slug : List.of(DemoDataSeeder.ENERGY, DemoDataSeeder.BANK)) {
            Tenant tenant = TenantContext.callGlobal(() -> tenants.findBySlug(slug)).orElseThrow();
            TestLogin.as(user("exec@" + slug + ".example"), tenant, Role.EXECUTIVE);
            try {
                var history = maturity.history();
                assertThat(history).hasSize(2);
                assertThat(history).allSatisfy(h -> {
                    assertThat(h.summary().submitted()).isEqualTo(5);
                    assertThat(h.summary().status()).isEqualTo(app.momentum.maturity.MaturityScans.RoundStatus.CLOSED);
                });
                assertThat(history.get(0).summary().closesOn().plusYears(1)).isEqualTo(history.get(1).summary().closesOn());
                assertThat(history.get(1).changeSincePrevious().values()).allSatisfy(change -> assertThat(change).isPositive());
                var first = maturity.results(history.get(0).summary().id()).orElseThrow();
                var second = maturity.results(history.get(1).summary().id()).orElseThrow();
                assertThat(first.score().inconsistencies()).hasSize(1);
                assertThat(second.score().inconsistencies()).isEmpty();
                assertThat(first.participants()).hasSize(5);
            } finally {
                TestLogin.logout();
            }
        }
    }

    /** The demo journeys went through the gates this quarter: the board, the histories and the cockpit show moves. */
    @Test
    void eachDemoTenantsJourneysMovedAlongTheLifeCycle() {
        for (String slug : List.of(DemoDataSeeder.ENERGY, DemoDataSeeder.BANK)) {
            Tenant tenant = TenantContext.callGlobal(() -> tenants.findBySlug(slug)).orElseThrow();
            TestLogin.as(user("exec@" + slug + ".example"), tenant, Role.EXECUTIVE);
            try {
                var moves = lifeCycle.transitionsSince(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
                assertThat(moves).extracting(app.momentum.governance.LifeCycle.Transition::to).containsExactlyInAnyOrder(
                        app.momentum.journey.LifecycleStage.MAKING, app.momentum.journey.LifecycleStage.MINING,
                        app.momentum.journey.LifecycleStage.MAKING);
                assertThat(moves).allSatisfy(move -> assertThat(move.note()).isNotBlank());
            } finally {
                TestLogin.logout();
            }
        }
    }

    /** The cockpit's default headline KPIs have two years of monthly values and targets, improving. */
    @Test
    void eachDemoTenantHasTwoYearsOfMonthlyHeadlineKpiValuesWithTargets() {
        for (String slug : List.of(DemoDataSeeder.ENERGY, DemoDataSeeder.BANK)) {
            for (String code : List.of("NPS", "CES", "CXI")) {
                String values = "select count(*) from kpi_measurement m join kpi k on k.id = m.kpi_id join tenant t "
                        + "on t.id = k.tenant_id where t.slug = ? and k.standard_code = ? and m.period_type = 'MONTH'";
                assertThat(jdbc.queryForObject(values, Long.class, slug, code)).isEqualTo(DemoKpis.MONTHS);
                String targets = values.replace("kpi_measurement", "kpi_target");
                assertThat(jdbc.queryForObject(targets, Long.class, slug, code)).isEqualTo(DemoKpis.MONTHS);
            }
        }
        DemoKpis.Curve nps = DemoKpis.CURVES.get(app.momentum.measurement.StandardKpi.NPS);
        assertThat(nps.value(DemoKpis.MONTHS - 1)).isGreaterThan(nps.value(0)).isLessThan(nps.target(DemoKpis.MONTHS - 1));
        DemoKpis.Curve ces = DemoKpis.CURVES.get(app.momentum.measurement.StandardKpi.CES);
        assertThat(ces.value(DemoKpis.MONTHS - 1)).isLessThan(ces.value(0)).isLessThan(ces.target(DemoKpis.MONTHS - 1));
    }

    @Test
    void seedingAgainDuplicatesNothing() {
        long tenantCount = TenantContext.callGlobal(() -> tenants.count());
        long userCount = TenantContext.callGlobal(() -> users.count());
        int sharedMemberships = directory.activeMembershipsOf(user(DemoDataSeeder.SHARED_USER).getId()).size();
        String demoTokens = "select count(*) from api_token where token_hash in (?, ?)";
        Object[] demoTokenHashes = {app.momentum.api.ApiTokens.hash(TestDatabaseEnvironment.DEMO_ENERGY_API_TOKEN),
                app.momentum.api.ApiTokens.hash(TestDatabaseEnvironment.DEMO_BANK_API_TOKEN)};
        assertThat(jdbc.queryForObject(demoTokens, Long.class, demoTokenHashes)).isEqualTo(2);
        seeder.run(new DefaultApplicationArguments());
        seeder.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject(demoTokens, Long.class, demoTokenHashes)).isEqualTo(2);
        assertThat(TenantContext.callGlobal(() -> tenants.count())).isEqualTo(tenantCount);
        assertThat(TenantContext.callGlobal(() -> users.count())).isEqualTo(userCount);
        assertThat(directory.activeMembershipsOf(user(DemoDataSeeder.SHARED_USER).getId())).hasSize(sharedMemberships);
        assertThat(jdbc.queryForObject("select count(*) from maturity_round r join tenant t on t.id = r.tenant_id "
                + "where t.slug in (?, ?)", Long.class, DemoDataSeeder.ENERGY, DemoDataSeeder.BANK)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from kpi_measurement m join tenant t on t.id = m.tenant_id "
                + "where t.slug in (?, ?)", Long.class, DemoDataSeeder.ENERGY, DemoDataSeeder.BANK))
                .isEqualTo(2L * 3 * DemoKpis.MONTHS);
    }

    /**
     * Issue 9, item 19: a user's own signature journey without moments (here listed before the demo's) made the survey
     * step import into it, fail with survey.error.noMoments and stop Momentum. Seeding again must leave it alone.
     */
    @Test
    void aUsersOwnSignatureJourneyIsNeverSeededIntoAndSeedingAgainStillSucceeds() {
        Tenant energy = TenantContext.callGlobal(() -> tenants.findBySlug(DemoDataSeeder.ENERGY)).orElseThrow();
        AppUser cx = user("cx@" + DemoDataSeeder.ENERGY + ".example");
        Journey own;
        java.util.UUID demoSignature;
        TestLogin.as(cx, energy, Role.CX_MANAGER);
        try {
            demoSignature = journeys.list(JourneyService.JourneyFilter.active(), PageRequest.of(0, 50)).stream()
                    .filter(j -> j.getType() == JourneyType.SIGNATURE_JOURNEY && !surveys.imports(j.getId()).isEmpty())
                    .findFirst().orElseThrow().getId();
            own = journeys.create(new JourneyService.JourneyData("Aanmelden", JourneyType.SIGNATURE_JOURNEY, null, null, null,
                    null, null, app.momentum.journey.LifecycleStage.MAPPING), List.of());
        } finally {
            TestLogin.logout();
        }
        try {
            seeder.run(new DefaultApplicationArguments());
            // the list has no fixed order: with the demo journey archived, the user's is the first active signature
            // journey whatever the order, as it was on the tester's database
            TestLogin.as(cx, energy, Role.CX_MANAGER);
            try {
                journeys.setArchived(demoSignature, true);
            } finally {
                TestLogin.logout();
            }
            seeder.run(new DefaultApplicationArguments());
            TestLogin.as(cx, energy, Role.CX_MANAGER);
            try {
                assertThat(surveys.imports(own.getId())).isEmpty();
                assertThat(maps.load(own.getId()).moments()).isEmpty();
                assertThat(journeys.find(own.getId()).orElseThrow().getName()).isEqualTo("Aanmelden");
                assertThat(surveys.imports(demoSignature)).hasSize(2);
            } finally {
                TestLogin.logout();
            }
        } finally {
            // other tests see the demo tenant as seeded
            TestLogin.as(cx, energy, Role.CX_MANAGER);
            try {
                journeys.setArchived(own.getId(), true);
                journeys.setArchived(demoSignature, false);
            } finally {
                TestLogin.logout();
            }
        }
    }

    @Test
    void demoModeFollowsTheDatabaseByDefaultAndNeverRunsInProduction() {
        MockEnvironment embedded = new MockEnvironment();
        assertThat(new DemoMode(embedded).enabled()).isTrue();
        MockEnvironment server = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/momentum");
        assertThat(new DemoMode(server).enabled()).isFalse();
        assertThat(new DemoMode(server.withProperty("momentum.demo.enabled", "true")).enabled()).isTrue();
        MockEnvironment production = new MockEnvironment().withProperty("momentum.demo.enabled", "true");
        production.setActiveProfiles("prod");
        assertThat(new DemoMode(production).requested()).isTrue();
        assertThat(new DemoMode(production).enabled()).isFalse();
    }

    private AppUser user(String email) {
        return TenantContext.callGlobal(() -> users.findByEmail(email)).orElseThrow();
    }
}
