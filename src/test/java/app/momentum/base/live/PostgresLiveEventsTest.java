package app.momentum.base.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.testsupport.TestDatabase;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes on one database, each with its own {@link PostgresLiveEvents}: what one publishes reaches the listeners
 * of both, on commit and never on rollback, and a node whose listening connection breaks listens again.
 */
class PostgresLiveEventsTest {

    private final UUID tenant = UUID.randomUUID();
    private final UUID journey = UUID.randomUUID();
    private SingleConnectionDataSource dataSource;
    private PostgresLiveEvents nodeA;
    private PostgresLiveEvents nodeB;
    private final BlockingQueue<LiveEvent> onA = new LinkedBlockingQueue<>();
    private final BlockingQueue<LiveEvent> onB = new LinkedBlockingQueue<>();

    @BeforeEach
    void twoNodes() throws Exception {
        dataSource = new SingleConnectionDataSource(TestDatabase.url(), true);
        nodeA = LiveNodes.listening(dataSource);
        nodeB = LiveNodes.listening(dataSource);
        nodeA.subscribe(tenant, journey, onA::add);
        nodeB.subscribe(tenant, journey, onB::add);
    }

    @AfterEach
    void stop() {
        nodeA.stop();
        nodeB.stop();
        dataSource.destroy();
    }

    private LiveEvent change(UUID topic) {
        return new LiveEvent(tenant, topic, LiveEvent.Kind.CHANGED, UUID.randomUUID(), null);
    }

    @Test
    void aChangeCommittedOnOneNodeReachesTheListenersOfBoth() throws Exception {
        LiveEvent event = change(journey);

        transaction().executeWithoutResult(status -> nodeA.publish(event));

        assertThat(onA.poll(2, TimeUnit.SECONDS)).isEqualTo(event);
        assertThat(onB.poll(2, TimeUnit.SECONDS)).isEqualTo(event);
    }

    @Test
    void deliveredWhenTheTransactionCommitsNeverWhenItRollsBack() throws Exception {
        LiveEvent rolledBack = change(journey);
        transaction().executeWithoutResult(status -> {
            nodeA.publish(rolledBack);
            status.setRollbackOnly();
        });
        LiveEvent committed = change(journey);
        transaction().executeWithoutResult(status -> {
            nodeA.publish(committed);
            try {
                // still inside the transaction: nothing may have arrived yet
                assertThat(onB.poll(300, TimeUnit.MILLISECONDS)).isNull();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(onB.poll(2, TimeUnit.SECONDS)).isEqualTo(committed); // the rolled-back one never comes
        assertThat(onB.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void withoutATransactionAnEventGoesAtOnce() throws Exception {
        LiveEvent presence = new LiveEvent(tenant, journey, LiveEvent.Kind.PRESENCE, null, UUID.randomUUID());

        nodeB.publish(presence);

        assertThat(onA.poll(2, TimeUnit.SECONDS)).isEqualTo(presence);
    }

    @Test
    void listenersHearOnlyTheirTenantsTopic() throws Exception {
        nodeA.publish(change(UUID.randomUUID()));
        nodeA.publish(new LiveEvent(UUID.randomUUID(), journey, LiveEvent.Kind.CHANGED, null, null)); // other tenant
        LiveEvent theirs = change(journey);
        nodeA.publish(theirs);

        assertThat(onB.poll(2, TimeUnit.SECONDS)).isEqualTo(theirs);
        assertThat(onB.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aNodeWhoseConnectionBrokeListensAgain() throws Exception {
        int before = nodeB.listeningPid();
        new JdbcTemplate(dataSource).queryForObject("select pg_terminate_backend(?)", Boolean.class, before);
        // the node notices at its next wait (every 500 ms) and connects again after its pause
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((nodeB.listeningPid() == 0 || nodeB.listeningPid() == before) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(nodeB.listeningPid()).isNotIn(0, before);

        LiveEvent event = change(journey);
        nodeA.publish(event);

        assertThat(onB.poll(2, TimeUnit.SECONDS)).isEqualTo(event);
    }

    @Test
    void thePayloadCarriesIdsOnlyAndReadsBack() {
        LiveEvent full = new LiveEvent(tenant, journey, LiveEvent.Kind.COMMENTED, UUID.randomUUID(), UUID.randomUUID());
        LiveEvent bare = new LiveEvent(tenant, journey, LiveEvent.Kind.ACTIONS_CHANGED, null, null);

        assertThat(LiveEventPayload.read(LiveEventPayload.write(full))).isEqualTo(full);
        assertThat(LiveEventPayload.read(LiveEventPayload.write(bare))).isEqualTo(bare);
        assertThat(LiveEventPayload.write(full)).hasSizeLessThan(200);
        assertThatThrownBy(() -> LiveEventPayload.read("hello")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LiveEventPayload.read(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void somethingElseOnTheChannelIsIgnored() throws Exception {
        new JdbcTemplate(dataSource).query("select pg_notify(?, ?)", rows -> null, PostgresLiveEvents.CHANNEL,
                "not|ours");
        LiveEvent event = change(journey);
        nodeA.publish(event);

        assertThat(onB.poll(2, TimeUnit.SECONDS)).isEqualTo(event);
    }

    private TransactionTemplate transaction() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
