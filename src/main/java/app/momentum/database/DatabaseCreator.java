package app.momentum.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the database named in a PostgreSQL JDBC URL when the server does not have it yet, by connecting
 * to the server's {@code postgres} maintenance database with the same credentials.
 */
public final class DatabaseCreator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);
    private static final Pattern URL = Pattern.compile("^jdbc:postgresql://([^/]*)/([^?]+)(\\?.*)?$");
    private static final Pattern SAFE_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,62}$");

    private DatabaseCreator() {
    }

    public static void createIfMissing(String jdbcUrl, String username, String password) {
        Matcher url = URL.matcher(jdbcUrl == null ? "" : jdbcUrl);
        if (!url.matches()) {
            return; // not a URL we understand (e.g. a failover list): leave it to the server
        }
        String database = url.group(2);
        if (!SAFE_NAME.matcher(database).matches()) {
            return;
        }
        String maintenanceUrl = "jdbc:postgresql://" + url.group(1) + "/postgres" + (url.group(3) == null ? "" : url.group(3));
        Properties credentials = new Properties();
        if (username != null) {
            credentials.setProperty("user", username);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials)) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet result = exists.executeQuery()) {
                    if (result.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + database + "\"");
                log.info("Created database {}", database);
            }
        } catch (SQLException e) {
            // Not fatal here: without rights to create databases, the connection below reports the real problem.
            log.warn("Could not check or create database {}: {}", database, e.getMessage());
        }
    }
}
