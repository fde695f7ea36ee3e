package app.momentum.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.testsupport.ScratchDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tenants that exist before the KPI catalogue arrives get the eight standard KPIs from the migration itself, and the
 * schema's checks refuse bad rows even without the service.
 */
class KpiSeedMigrationTest {

    @Test
    void theMigrationSeedsTheStandardKpisOfExistingTenants() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("kpiseed")) {
            String emptyUrl = database.url();
            database.migrateTo("5");
            UUID tenant = UUID.randomUUID();
            try (Connection connection = DriverManager.getConnection(emptyUrl); Statement statement = connection.createStatement()) {
                statement.execute("insert into tenant (id, name, slug, locale, created_at, version) values ('" + tenant
                        + "', 'Existing', 'existing', 'nl', now(), 0)");
            }
            database.migrate();
            try (Connection connection = DriverManager.getConnection(emptyUrl);
                 ResultSet rows = connection.createStatement().executeQuery(
                         "select standard_code, name, scope, version from kpi where tenant_id = '" + tenant + "'")) {
                List<String> codes = new ArrayList<>();
                while (rows.next()) {
                    codes.add(rows.getString(1));
                    assertThat(rows.getString(3)).isEqualTo("TENANT");
                    assertThat(rows.getLong(4)).isZero();
                    assertThat(rows.getString(2)).isEqualTo(StandardKpi.valueOf(rows.getString(1)).englishName());
                }
                assertThat(codes).containsExactlyInAnyOrderElementsOf(Arrays.stream(StandardKpi.values()).map(Enum::name).toList());
            }
            // the database refuses what the service refuses, too
            try (Connection connection = DriverManager.getConnection(emptyUrl); Statement statement = connection.createStatement()) {
                UUID kpi = UUID.randomUUID();
                statement.execute("insert into kpi (id, tenant_id, name, higher_is_better, scope, version) values ('" + kpi
                        + "', '" + tenant + "', 'Own', true, 'TENANT', 0)");
                refused(statement, "insert into kpi (id, tenant_id, name, higher_is_better, scope, version) values ('"
                        + UUID.randomUUID() + "', '" + tenant + "', 'OWN', true, 'TENANT', 0)");
                refused(statement, "insert into kpi (id, tenant_id, name, scale_min, scale_max, higher_is_better, scope, version) values ('"
                        + UUID.randomUUID() + "', '" + tenant + "', 'Scale', 5, 5, true, 'TENANT', 0)");
                refused(statement, "insert into kpi_target (id, tenant_id, kpi_id, period_type, period_start, target, version) values ('"
                        + UUID.randomUUID() + "', '" + tenant + "', '" + kpi + "', 'QUARTER', '2026-02-01', 1, 0)");
                refused(statement, "insert into kpi_measurement (id, tenant_id, kpi_id, period_type, period_start, value, sample_size,"
                        + " source, created_at, version) values ('" + UUID.randomUUID() + "', '" + tenant + "', '" + kpi
                        + "', 'MONTH', '2026-02-01', 1, -1, 'MANUAL', now(), 0)");
                refused(statement, "insert into kpi_measurement (id, tenant_id, kpi_id, period_type, period_start, value, sample_size,"
                        + " source, created_at, version) values ('" + UUID.randomUUID() + "', '" + tenant + "', '" + kpi
                        + "', 'MONTH', '2026-02-02', 1, 1, 'MANUAL', now(), 0)");
                statement.execute("insert into kpi_target (id, tenant_id, kpi_id, period_type, period_start, target, version) values ('"
                        + UUID.randomUUID() + "', '" + tenant + "', '" + kpi + "', 'QUARTER', '2026-04-01', 1, 0)");
            }
        }
    }

    private static void refused(Statement statement, String sql) {
        assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class);
    }
}
