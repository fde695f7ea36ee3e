package app.momentum.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up without a hand-made database: create it when missing; explain when the embedded one cannot run. */
class DatabaseSetupTest {

    @Test
    void createsAMissingDatabaseOnTheServerAndLeavesAnExistingOneAlone() throws Exception {
        String name = "momentum_created_" + UUID.randomUUID().toString().replace("-", "");
        String runUrl = TestDatabase.url();
        String url = runUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        try {
            DatabaseCreator.createIfMissing(url, null, null);
            DatabaseCreator.createIfMissing(url, null, null);
            try (Connection connection = DriverManager.getConnection(url);
                 ResultSet result = connection.createStatement().executeQuery("select current_database()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo(name);
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(runUrl); Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @Test
    void theRootFailureSaysHowToUseAServerInstead() {
        FailureAnalysis analysis = new EmbeddedPostgresAsRootFailureAnalyzer().analyze(
                new RootUserGuard.EmbeddedPostgresAsRootException(new IllegalStateException("initdb: cannot be run as root")));
        assertThat(analysis.getDescription()).contains("root", "initdb: cannot be run as root");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/momentum",
                "creates the database");
    }
}
