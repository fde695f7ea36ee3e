package app.momentum.measurement;

import app.momentum.measurement.internal.KpiMeasurement;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.internal.KpiTargetRepository;
import app.momentum.measurement.internal.KpiMeasurementRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.brand.TenantDefaults;
import app.momentum.measurement.KpiImportService.Summary;
import app.momentum.measurement.KpiService.KpiData;
import app.momentum.measurement.kpiimport.KpiImportError;
import app.momentum.measurement.kpiimport.KpiImportRefusedException;
import app.momentum.measurement.kpiimport.KpiValueReader;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Importing KPI values against the real database: all or nothing, replacing on re-import, per tenant, per role. */
@SpringBootTest
class KpiImportServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired KpiService kpis;
    @Autowired KpiImportService imports;
    @Autowired KpiMeasurementRepository measurements;
    @Autowired KpiTargetRepository targets;
    @Autowired TenantDefaults tenantDefaults;
    @Autowired TransactionTemplate transaction;

    TestTenant tenant;

    @BeforeEach
    void aTenantWithItsStandardKpis() {
        tenant = fixture.create("kpi-import");
        tenant.loginAs(Role.CX_MANAGER);
        transaction.executeWithoutResult(status -> tenantDefaults.apply(Locale.ENGLISH));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void importsValuesAndTargetsFromADutchExcelCsv() {
        Kpi own = kpis.create(new KpiData("Tevredenheid café", "cijfer", BigDecimal.ONE, BigDecimal.TEN, true,
                KpiScope.TENANT, null, null));
        byte[] file = ("kpi;periode;waarde;steekproef;doel\r\n"
                + "NPS;2026-01;31;412;35\r\n"
                + "nps;K1 2026;33,5;1200;\r\n"
                + "Tevredenheid café;2026-03;7,8;;8\r\n"
                + "CSAT;2026-Q2;;;82\r\n").getBytes(Charset.forName("windows-1252"));

        assertThat(imports.check(file).result().ok()).isTrue();
        Summary summary = imports.importValues(file);

        assertThat(summary).isEqualTo(new Summary(3, 0, 3));
        KpiService.KpiSeries nps = kpis.series(standard(StandardKpi.NPS).getId());
        assertThat(nps.measurements()).extracting(KpiMeasurement::getPeriodType, KpiMeasurement::getPeriodStart,
                        KpiMeasurement::getSampleSize, KpiMeasurement::getSource)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PeriodType.MONTH, LocalDate.of(2026, 1, 1), 412, MeasurementSource.IMPORT),
                        org.assertj.core.groups.Tuple.tuple(PeriodType.QUARTER, LocalDate.of(2026, 1, 1), 1200, MeasurementSource.IMPORT));
        assertThat(nps.measurements().get(1).getValue()).isEqualByComparingTo("33.5");
        assertThat(kpis.series(own.getId()).measurements()).singleElement()
                .satisfies(m -> assertThat(m.getValue()).isEqualByComparingTo("7.8"));
        assertThat(kpis.series(standard(StandardKpi.CSAT).getId()).targets()).singleElement()
                .satisfies(t -> assertThat(t.getTarget()).isEqualByComparingTo("82"));
        assertThat(kpis.series(standard(StandardKpi.CSAT).getId()).measurements()).isEmpty();
    }

    @Test
    void aReImportReplacesThePeriodsValueAndTarget() {
        Kpi nps = standard(StandardKpi.NPS);
        kpis.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 1, 1), new BigDecimal("20"), 10, MeasurementSource.MANUAL);
        kpis.record(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 1, 1), new BigDecimal("21"), 10, MeasurementSource.MANUAL);
        kpis.setTarget(nps.getId(), PeriodType.MONTH, LocalDate.of(2026, 1, 1), new BigDecimal("30"));
        byte[] file = csv("kpi,period,value,target\nNPS,2026-01,25,32\nNPS,2026-02,26,\n");

        assertThat(imports.check(file).replacing()).isEqualTo(1);
        assertThat(imports.importValues(file)).isEqualTo(new Summary(2, 1, 1));

        KpiService.KpiSeries series = kpis.series(nps.getId());
        assertThat(series.measurements()).extracting(KpiMeasurement::getValue)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("25"), new BigDecimal("26"));
        assertThat(series.targets()).singleElement().satisfies(t -> assertThat(t.getTarget()).isEqualByComparingTo("32"));
        assertThat(imports.importValues(file)).isEqualTo(new Summary(2, 2, 1));
        assertThat(kpis.series(nps.getId()).measurements()).hasSize(2);
    }

    @Test
    void oneBadRowAndNothingIsStored() {
        Kpi csat = standard(StandardKpi.CSAT);
        kpis.setTarget(csat.getId(), PeriodType.MONTH, LocalDate.of(2026, 1, 1), new BigDecimal("70"));
        long valuesBefore = measurements.count();
        byte[] file = csv("kpi,period,value,target\nCSAT,2026-01,75,80\nNPS,2026-02,31,\nCSAT,2026-03,101,\n");

        assertThat(imports.check(file).result().errors()).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo(KpiValueReader.OUT_OF_SCALE));
        assertThatThrownBy(() -> imports.importValues(file)).isInstanceOfSatisfying(KpiImportRefusedException.class,
                refused -> assertThat(refused.errors()).extracting(KpiImportError::row).containsExactly(4));

        assertThat(measurements.count()).isEqualTo(valuesBefore);
        assertThat(kpis.series(csat.getId()).targets()).singleElement()
                .satisfies(t -> assertThat(t.getTarget()).isEqualByComparingTo("70"));
    }

    @Test
    void importsAWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Waarden");
            Row header = sheet.createRow(0);
            String[] names = {"KPI", "Periode", "Waarde", "Steekproef"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("churn");
            row.createCell(1).setCellValue("2026-Q1");
            row.createCell(2).setCellValue(4.25);
            row.createCell(3).setCellValue(900);
            workbook.write(out);

            assertThat(imports.importValues(out.toByteArray())).isEqualTo(new Summary(1, 0, 0));
        }
        assertThat(kpis.series(standard(StandardKpi.CHURN).getId()).measurements()).singleElement()
                .satisfies(m -> assertThat(m.getValue()).isEqualByComparingTo("4.25"));
    }

    @Test
    void anotherTenantsKpiIsAnUnknownName() {
        TestTenant other = fixture.create("kpi-import-other");
        other.loginAs(Role.TENANT_ADMIN);
        transaction.executeWithoutResult(status -> tenantDefaults.apply(Locale.ENGLISH));
        kpis.create(new KpiData("Secret KPI", null, null, null, true, KpiScope.TENANT, null, null));
        long otherValues = measurements.count();

        tenant.loginAs(Role.CX_MANAGER);
        byte[] file = csv("kpi,period,value\nNPS,2026-01,10\nSecret KPI,2026-01,10\n");
        assertThatThrownBy(() -> imports.importValues(file)).isInstanceOfSatisfying(KpiImportRefusedException.class,
                refused -> assertThat(refused.errors()).singleElement().satisfies(e -> {
                    assertThat(e.key()).isEqualTo(KpiValueReader.UNKNOWN_KPI);
                    assertThat(e.value()).isEqualTo("Secret KPI");
                    assertThat(e.row()).isEqualTo(3);
                }));
        // the standard codes name this tenant's own KPIs, never the other tenant's
        assertThat(imports.importValues(csv("kpi,period,value\nNPS,2026-01,10\n"))).isEqualTo(new Summary(1, 0, 0));
        assertThat(kpis.series(standard(StandardKpi.NPS).getId()).measurements()).hasSize(1);
        other.loginAs(Role.TENANT_ADMIN);
        assertThat(measurements.count()).isEqualTo(otherValues);
        assertThat(kpis.series(standard(StandardKpi.NPS).getId()).measurements()).isEmpty();
    }

    @Test
    void contributorsAndExecutivesCannotImport() {
        byte[] file = csv("kpi,period,value\nNPS,2026-01,10\n");
        for (Role role : new Role[] {Role.CONTRIBUTOR, Role.EXECUTIVE}) {
            tenant.loginAs(role);
            assertThatThrownBy(() -> imports.importValues(file)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.check(file)).isInstanceOf(AccessDeniedException.class);
        }
        tenant.loginAs(Role.TENANT_ADMIN);
        assertThat(imports.importValues(file).imported()).isEqualTo(1);
    }

    private Kpi standard(StandardKpi code) {
        return kpis.list().stream().filter(k -> k.getStandardCode() == code).findFirst().orElseThrow();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
