package app.momentum.measurement;

import app.momentum.measurement.internal.KpiMeasurement;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.internal.KpiTarget;
import app.momentum.measurement.internal.KpiRepository;
import app.momentum.measurement.internal.KpiMeasurementRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.UserFacingException;
import app.momentum.brand.TenantDefaults;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.measurement.KpiService.KpiData;
import app.momentum.measurement.KpiService.KpiSeries;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The KPI catalogue through the service: standard KPIs, validation, targets, values, roles and tenants. */
@SpringBootTest
class KpiServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired KpiService kpis;
    @Autowired KpiRepository kpiRepository;
    @Autowired KpiMeasurementRepository measurementRepository;
    @Autowired TenantDefaults tenantDefaults;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired TransactionTemplate transaction;

    TestTenant tenant;

    @BeforeEach
    void aTenantWithItsDefaults() {
        tenant = fixture.create("kpis");
        tenant.loginAs(Role.CX_MANAGER);
        transaction.executeWithoutResult(status -> tenantDefaults.apply(Locale.forLanguageTag("nl")));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aNewTenantStartsWithTheEightStandardKpisOnce() {
        transaction.executeWithoutResult(status -> tenantDefaults.apply(Locale.ENGLISH));
        List<Kpi> catalogue = kpis.list();
        assertThat(catalogue).hasSize(8);
        assertThat(catalogue).extracting(Kpi::getStandardCode).containsExactly(StandardKpi.values());
        assertThat(catalogue).allSatisfy(kpi -> {
            assertThat(kpi.isStandard()).isTrue();
            assertThat(kpi.getScope()).isEqualTo(KpiScope.TENANT);
            assertThat(kpi.getTenantId()).isEqualTo(tenant.id());
        });
        // stored in English whatever the tenant's language; the UI translates by code
        assertThat(catalogue.getFirst().getName()).isEqualTo("Net Promoter Score (NPS)");
        assertThat(catalogue).filteredOn(k -> k.getStandardCode() == StandardKpi.CES).singleElement()
                .satisfies(k -> assertThat(k.isHigherIsBetter()).isFalse());
    }

    @Test
    void customKpisAreValidated() {
        assertRefused(() -> kpis.create(data(" ", null, null)), "kpi.error.nameRequired");
        assertRefused(() -> kpis.create(data(null, null, null)), "kpi.error.nameRequired");
        assertRefused(() -> kpis.create(data("x".repeat(101), null, null)), "validation.tooLong");
        assertThat(kpis.create(data("y".repeat(100), null, null)).getName()).hasSize(100);
        assertRefused(() -> kpis.create(data("Scale", "10", "10")), "kpi.error.scale");
        assertRefused(() -> kpis.create(data("Scale", "10", "1")), "kpi.error.scale");
        assertRefused(() -> kpis.create(new KpiData("Journey KPI", null, null, null, true, KpiScope.JOURNEY, null, null)),
                "kpi.error.scope");
        assertRefused(() -> kpis.create(new KpiData("Moment KPI", null, null, null, true, KpiScope.MOMENT, null, null)),
                "kpi.error.momentRequired");
        assertThat(kpis.list()).hasSize(9);
    }

    @Test
    void everyRefusedFieldOfANewKpiIsReportedAtOnce() {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(app.momentum.base.InvalidInputException.class,
                () -> kpis.create(new KpiData(" ", "u".repeat(31) /* at most 30 */, new java.math.BigDecimal("10"),
                        new java.math.BigDecimal("1"), true, KpiScope.JOURNEY, null, null)));
        assertThat(refused.problems()).extracting(p -> p.field() + ":" + p.problem().messageKey())
                .containsExactly("name:kpi.error.nameRequired", "unit:validation.tooLong", "scaleMin:kpi.error.scale",
                        "journey:kpi.error.scope");
    }

    @Test
    void namesAreUniqueInTheTenantIgnoringCase() {
        Kpi kpi = kpis.create(data("First contact resolution", "0", "100"));
        assertRefused(() -> kpis.create(data("FIRST CONTACT resolution", null, null)), "kpi.error.nameTaken");
        assertRefused(() -> kpis.create(data("churn", null, null)), "kpi.error.nameTaken"); // a standard KPI's name
        Kpi other = kpis.create(data("Repeat calls", null, null));
        assertRefused(() -> kpis.update(other.getId(), other.getVersion(), data("first contact RESOLUTION", null, null)),
                "kpi.error.nameTaken");
        // keeping its own name in another case is fine
        Kpi renamed = kpis.update(kpi.getId(), kpi.getVersion(), data("First Contact Resolution", "0", "100"));
        assertThat(renamed.getName()).isEqualTo("First Contact Resolution");
        assertThatThrownBy(() -> kpis.update(kpi.getId(), kpi.getVersion(), data("Stale", null, null)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void standardKpisCannotBeChangedOrDeletedButCustomOnesCan() {
        Kpi nps = standard(StandardKpi.NPS);
        assertRefused(() -> kpis.delete(nps.getId()), "kpi.error.standard");
        assertRefused(() -> kpis.update(nps.getId(), nps.getVersion(), data("My NPS", null, null)), "kpi.error.standard");
        Kpi own = kpis.create(data("Own", "0", "10"));
        kpis.record(own.getId(), PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("7"), 12, null);
        kpis.setTarget(own.getId(), PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("8"));
        kpis.delete(own.getId());
        assertThat(kpis.find(own.getId())).isEmpty();
        assertThat(kpis.find(nps.getId())).isPresent();
        assertThat(measurementRepository.findByKpiIdOrderByPeriodStartAscPeriodTypeAscCreatedAtAsc(own.getId())).isEmpty();
    }

    @Test
    void kpisForAJourneyOrAMomentTakeTheirJourney() {
        Journey journey = journeys.create(new JourneyService.JourneyData("Journey", JourneyType.SIGNATURE_JOURNEY, null, null,
                null, null, null, LifecycleStage.MAPPING), List.of("Phase"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment moment = maps.addMoment(phase.getId(), "Welcome call");
        Kpi forMoment = kpis.create(new KpiData("Welcome NPS", null, new BigDecimal("-100"), new BigDecimal("100"), true,
                KpiScope.MOMENT, null, moment.getId()));
        assertThat(forMoment.getJourneyId()).isEqualTo(journey.getId());
        assertThat(forMoment.getMomentId()).isEqualTo(moment.getId());
        assertRefused(() -> kpis.create(new KpiData("Unknown journey", null, null, null, true, KpiScope.JOURNEY,
                UUID.randomUUID(), null)), "error.notFound");
    }

    @Test
    void valuesOffTheScaleAreRefusedAndNothingIsStored() {
        Kpi csat = standard(StandardKpi.CSAT);
        LocalDate march = LocalDate.of(2026, 3, 1);
        assertRefused(() -> kpis.record(csat.getId(), PeriodType.MONTH, march, new BigDecimal("100.5"), 10, MeasurementSource.MANUAL),
                "kpi.error.outOfScale");
        assertRefused(() -> kpis.record(csat.getId(), PeriodType.MONTH, march, new BigDecimal("-1"), 10, MeasurementSource.MANUAL),
                "kpi.error.outOfScale");
        assertRefused(() -> kpis.record(csat.getId(), PeriodType.MONTH, march, null, 10, MeasurementSource.MANUAL),
                "kpi.error.valueRequired");
        assertRefused(() -> kpis.record(csat.getId(), PeriodType.MONTH, march, new BigDecimal("80"), -1, MeasurementSource.MANUAL),
                "kpi.error.sampleSize");
        assertRefused(() -> kpis.record(csat.getId(), PeriodType.MONTH, LocalDate.of(2026, 3, 2), new BigDecimal("80"), 1, null),
                "kpi.error.monthStart");
        assertRefused(() -> kpis.record(csat.getId(), null, march, new BigDecimal("80"), 1, null), "kpi.error.periodRequired");
        assertRefused(() -> kpis.setTarget(csat.getId(), PeriodType.MONTH, march, new BigDecimal("101")), "kpi.error.outOfScale");
        assertThat(kpis.series(csat.getId()).measurements()).isEmpty();
        assertThat(kpis.series(csat.getId()).targets()).isEmpty();
        KpiMeasurement edge = kpis.record(csat.getId(), PeriodType.MONTH, march, new BigDecimal("100"), 0, null);
        assertThat(edge.getSource()).isEqualTo(MeasurementSource.MANUAL);
        // an open scale takes any value
        Kpi clv = standard(StandardKpi.CLV);
        kpis.record(clv.getId(), PeriodType.QUARTER, LocalDate.of(2026, 1, 1), new BigDecimal("-12345.67"), null, MeasurementSource.API);
        assertThat(kpis.series(clv.getId()).measurements()).hasSize(1);
    }

    @Test
    void quarterlyTargetsStartOnAQuarterAndReplaceEachOther() {
        Kpi nps = standard(StandardKpi.NPS);
        assertRefused(() -> kpis.setTarget(nps.getId(), PeriodType.QUARTER, LocalDate.of(2026, 2, 1), new BigDecimal("30")),
                "kpi.error.quarterStart");
        assertRefused(() -> kpis.setTarget(nps.getId(), PeriodType.QUARTER, LocalDate.of(2026, 4, 15), new BigDecimal("30")),
                "kpi.error.quarterStart");
        assertRefused(() -> kpis.setTarget(nps.getId(), PeriodType.QUARTER, LocalDate.of(2026, 4, 1), null), "kpi.error.valueRequired");
        kpis.setTarget(nps.getId(), PeriodType.QUARTER, LocalDate.of(2026, 4, 1), new BigDecimal("30"));
        kpis.setTarget(nps.getId(), PeriodType.QUARTER, LocalDate.of(2026, 4, 1), new BigDecimal("35"));
        assertThat(kpis.series(nps.getId()).targets()).singleElement()
                .satisfies(t -> assertThat(t.getTarget()).isEqualByComparingTo("35"));
    }

    @Test
    void aSeriesIsOrderedByPeriod() {
        Kpi nps = standard(StandardKpi.NPS);
        kpis.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 5, 1), new BigDecimal("20"), 100, MeasurementSource.IMPORT);
        kpis.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2025, 12, 1), new BigDecimal("10"), 80, null);
        kpis.record(nps.getId(), PeriodType.QUARTER, LocalDate.of(2026, 1, 1), new BigDecimal("15"), 300, null);
        kpis.setTarget(nps.getId(), PeriodType.QUARTER, LocalDate.of(2026, 7, 1), new BigDecimal("30"));
        kpis.setTarget(nps.getId(), PeriodType.QUARTER, LocalDate.of(2026, 1, 1), new BigDecimal("20"));
        kpis.setTarget(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 3, 1), new BigDecimal("25"));
        KpiSeries series = kpis.series(nps.getId());
        assertThat(series.kpi()).isEqualTo(nps);
        assertThat(series.measurements()).extracting(KpiMeasurement::getPeriodStart)
                .containsExactly(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1));
        assertThat(series.measurements()).extracting(KpiMeasurement::getSampleSize).containsExactly(80, 300, 100);
        assertThat(series.targets()).extracting(KpiTarget::getPeriodStart)
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 1));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CONTRIBUTOR", "EXECUTIVE"})
    void contributorsAndExecutivesReadButCannotChange(Role role) {
        Kpi own = kpis.create(data("Own", "0", "10"));
        Kpi nps = standard(StandardKpi.NPS);
        tenant.loginAs(role);
        assertThat(kpis.list()).hasSize(9);
        assertThat(kpis.series(nps.getId()).measurements()).isEmpty();
        assertThatThrownBy(() -> kpis.create(data("Mine", null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kpis.update(own.getId(), own.getVersion(), data("Renamed", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kpis.delete(own.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kpis.setTarget(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 1, 1), BigDecimal.TEN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kpis.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 1, 1), BigDecimal.TEN, 5, null))
                .isInstanceOf(AccessDeniedException.class);
        tenant.loginAs(Role.TENANT_ADMIN);
        assertThat(kpis.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 1, 1), BigDecimal.TEN, 5, null)).isNotNull();
        assertThat(kpis.series(nps.getId()).measurements()).hasSize(1);
    }

    @Test
    void anotherTenantCannotReadChangeDeleteOrMeasureAKpiById() {
        Kpi own = kpis.create(data("Secret KPI", "0", "10"));
        Kpi nps = standard(StandardKpi.NPS);
        kpis.record(own.getId(), PeriodType.MONTH, LocalDate.of(2026, 1, 1), BigDecimal.ONE, 3, null);
        TestTenant other = fixture.create("other");
        other.loginAs(Role.TENANT_ADMIN);
        transaction.executeWithoutResult(status -> tenantDefaults.apply(Locale.ENGLISH));
        assertThat(kpis.find(own.getId())).isEmpty();
        assertThat(kpis.find(nps.getId())).isEmpty();
        assertThat(kpis.list()).hasSize(8).noneMatch(k -> k.getId().equals(own.getId()) || k.getId().equals(nps.getId()));
        assertThat(kpiRepository.findById(own.getId())).isEmpty();
        assertRefused(() -> kpis.series(own.getId()), "error.notFound");
        assertRefused(() -> kpis.update(own.getId(), own.getVersion(), data("Taken over", null, null)), "error.notFound");
        assertRefused(() -> kpis.delete(own.getId()), "error.notFound");
        assertRefused(() -> kpis.record(own.getId(), PeriodType.MONTH, LocalDate.of(2026, 2, 1), BigDecimal.ONE, 1, null),
                "error.notFound");
        assertRefused(() -> kpis.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 2, 1), BigDecimal.ONE, 1, null),
                "error.notFound");
        assertRefused(() -> kpis.setTarget(own.getId(), PeriodType.MONTH, LocalDate.of(2026, 2, 1), BigDecimal.ONE),
                "error.notFound");
        // the same name is free in the other tenant
        assertThat(kpis.create(data("Secret KPI", null, null)).getTenantId()).isEqualTo(other.id());
        tenant.loginAs(Role.CX_MANAGER);
        KpiSeries series = kpis.series(own.getId());
        assertThat(series.kpi().getName()).isEqualTo("Secret KPI");
        assertThat(series.measurements()).singleElement().satisfies(m -> assertThat(m.getValue()).isEqualByComparingTo("1"));
        assertThat(series.targets()).isEmpty();
    }

    private Kpi standard(StandardKpi code) {
        return kpis.list().stream().filter(k -> k.getStandardCode() == code).findFirst().orElseThrow();
    }

    private static KpiData data(String name, String min, String max) {
        return new KpiData(name, "points", min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
                true, KpiScope.TENANT, null, null);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessage(messageKey);
    }

}
