package app.momentum.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.testsupport.TestDatabase;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** A node of {@link PostgresLiveEvents} for tests, on the test database, started and listening. */
final class LiveNodes {

    private LiveNodes() {
    }

    /** Sends through {@code dataSource}, listens on a connection of its own; returns once it listens. */
    static PostgresLiveEvents listening(DataSource dataSource) throws InterruptedException {
        PostgresLiveEvents node = new PostgresLiveEvents(dataSource, () -> DriverManager.getConnection(TestDatabase.url()),
                Duration.ofMillis(100));
        node.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (node.listeningPid() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(node.listeningPid()).as("listening").isNotZero();
        return node;
    }
}
