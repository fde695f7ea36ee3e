package app.momentum.base.live;

import com.vaadin.flow.shared.Registration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link LiveEvents} between nodes, on PostgreSQL's {@code LISTEN/NOTIFY} ({@code momentum.live.transport=postgres}).
 *
 * <p>A change is announced with {@code pg_notify} inside the business transaction, on its connection: PostgreSQL
 * delivers it when that transaction commits and never when it rolls back, to every node listening — this one too,
 * so a node's own events take the same path as the others'. The payload holds ids only ({@link LiveEventPayload},
 * far below PostgreSQL's 8,000 bytes); receivers re-read what they show through the tenant filter.
 *
 * <p>Each node listens on one connection of its own, outside the pool (a pooled connection would be handed to
 * others and lose its {@code LISTEN}); a thread waits for notifications on it. When the connection breaks (a
 * database restart or fail-over) it connects again and listens again; events sent meanwhile are missed, as with a
 * node that was down — a screen shows the latest state on its next change or reload.
 */
public class PostgresLiveEvents implements LiveEvents, SmartLifecycle {

    /** The channel: one per database, so Momentum installations never hear each other. */
    static final String CHANNEL = "momentum_live";

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveEvents.class);

    /** A connection for listening, made afresh after a break. */
    @FunctionalInterface
    public interface ListenConnections {
        Connection open() throws SQLException;
    }

    private final LiveDispatch dispatch = new LiveDispatch();
    private final JdbcTemplate jdbc;
    private final ListenConnections connections;
    private final Duration retry;
    private volatile boolean running;
    private volatile Connection listening;
    private volatile int listeningPid;
    private Thread listener;

    /**
     * @param dataSource  the application's pool: notifications are sent on the current transaction's connection
     * @param connections the dedicated listening connection
     * @param retry       the pause before connecting again after a break
     */
    public PostgresLiveEvents(DataSource dataSource, ListenConnections connections, Duration retry) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.connections = connections;
        this.retry = retry;
    }

    @Override
    public Registration subscribe(UUID tenantId, UUID topicId, Consumer<LiveEvent> listener) {
        return dispatch.subscribe(tenantId, topicId, listener);
    }

    /**
     * Sends the event: within a transaction when one is active (then delivered on commit), else at once. Also how
     * events published as application events are sent (see {@link PostgresLiveEventsConfiguration}).
     */
    @Override
    public void publish(LiveEvent event) {
        jdbc.query("select pg_notify(?, ?)", rows -> null, CHANNEL, LiveEventPayload.write(event));
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("live-listen").start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly();
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        dispatch.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The server process of the listening connection, or 0 while there is none (for tests that break it). */
    int listeningPid() {
        return listeningPid;
    }

    private void listen() {
        boolean broken = false;
        while (running) {
            try {
                if (listening == null) {
                    connect();
                    if (broken) {
                        log.info("Listening for live events again");
                        broken = false;
                    }
                }
                PGNotification[] notifications = listening.unwrap(PGConnection.class).getNotifications(500);
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        receive(notification.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                if (!broken) { // once per break, not once per retry
                    log.warn("The live events connection broke; connecting again every {}: {}", retry,
                            e.getMessage());
                    broken = true;
                }
                closeQuietly();
                pause();
            }
        }
    }

    private void connect() throws SQLException {
        Connection connection = connections.open();
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("LISTEN " + CHANNEL);
            listeningPid = connection.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        listening = connection;
    }

    private void receive(String payload) {
        LiveEvent event;
        try {
            event = LiveEventPayload.read(payload);
        } catch (IllegalArgumentException e) {
            log.warn("Ignored a live event that is not Momentum's: {}", e.getMessage());
            return;
        }
        dispatch.deliver(event);
    }

    private void closeQuietly() {
        Connection connection = listening;
        listening = null;
        listeningPid = 0;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the live events connection failed", e);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(retry);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
