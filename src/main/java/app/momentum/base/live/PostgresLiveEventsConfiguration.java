package app.momentum.base.live;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Live events and presence between nodes ({@code momentum.live.transport=postgres}, for more than one node): the
 * listening connection goes to the same database as the pool, with the pool's credentials, but outside it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "momentum.live.transport", havingValue = "postgres")
class PostgresLiveEventsConfiguration {

    @Bean
    PostgresLiveEvents postgresLiveEvents(DataSource dataSource,
                                          @Value("${momentum.live.reconnect:2s}") Duration reconnect) {
        HikariDataSource pool = pool(dataSource);
        return new PostgresLiveEvents(dataSource,
                () -> DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword()),
                reconnect);
    }

    /** Presence shared by the nodes, in the application's database. */
    @Bean
    PostgresPresenceBoard postgresPresenceBoard(DataSource dataSource) {
        return new PostgresPresenceBoard(dataSource);
    }

    /** The Hikari pool itself, or the one a proxy wraps. */
    private static HikariDataSource pool(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("momentum.live.transport=postgres needs the application's Hikari pool", e);
        }
    }

    /**
     * A {@link LiveEvent} published as an application event, sent inside the publishing transaction (so PostgreSQL
     * delivers it on commit, never on rollback) or at once without one.
     */
    @Bean
    LiveEventSender liveEventSender(PostgresLiveEvents events) {
        return new LiveEventSender(events);
    }

    record LiveEventSender(PostgresLiveEvents events) {

        @EventListener
        public void send(LiveEvent event) {
            events.publish(event);
        }
    }
}
