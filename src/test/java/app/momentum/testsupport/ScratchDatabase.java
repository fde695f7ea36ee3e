package app.momentum.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * An empty database of its own beside the run's {@link TestDatabase}, for tests of the migrations themselves (a
 * schema at an older version, data in it, then the newer migrations); dropped on {@link #close()}.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final String name;
    private final String url;

    private ScratchDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** A new empty database whose name starts with {@code momentum_<purpose>_}. */
    public static ScratchDatabase create(String purpose) {
        String name = "momentum_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "");
        ScratchDatabase database = new ScratchDatabase(name,
                TestDatabase.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name));
        database.onServer("create database " + name);
        return database;
    }

    /** Its JDBC URL (credentials included, as the run's). */
    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Applies the migrations up to and including this version. */
    public MigrateResult migrateTo(String version) {
        return flyway().target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    /** Applies every migration not applied yet. */
    public MigrateResult migrate() {
        return flyway().load().migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration");
    }

    @Override
    public void close() {
        onServer("drop database if exists " + name + " with (force)");
    }

    private void onServer(String sql) {
        try (Connection admin = DriverManager.getConnection(TestDatabase.url());
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot " + sql, e);
        }
    }
}
