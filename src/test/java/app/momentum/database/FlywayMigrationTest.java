package app.momentum.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.testsupport.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema comes from Flyway alone: the application context (Hibernate validates the mapping) starts on the
 * run's freshly created database, and the migrations apply cleanly to another empty database too.
 */
@SpringBootTest
class FlywayMigrationTest {

    @Autowired DataSource dataSource;

    @Test
    void theContextStartedOnAFreshDatabaseMigratedByFlyway() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
    }

    @Test
    void migrationsApplyToAnEmptyDatabase() throws Exception {
        try (ScratchDatabase empty = ScratchDatabase.create("flyway")) {
            MigrateResult result = empty.migrate();
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isPositive();
            try (Connection connection = empty.connect();
                 ResultSet tables = connection.createStatement().executeQuery(
                         "select table_name from information_schema.tables where table_schema = 'public'")) {
                List<String> names = new ArrayList<>();
                while (tables.next()) {
                    names.add(tables.getString(1));
                }
                assertThat(names).contains("tenant", "app_user", "membership");
            }
        }
    }
}
