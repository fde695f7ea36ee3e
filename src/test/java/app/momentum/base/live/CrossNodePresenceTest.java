package app.momentum.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.testsupport.TenantFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Presence with several nodes ({@code momentum.live.transport=postgres}): two nodes made here on the shared test
 * context's database, each with its own tabs, its own listening connection and the shared board. A visitor on one
 * node is seen on the other; a node that dies leaves its visitors to be swept by the one that lives.
 */
@SpringBootTest
class CrossNodePresenceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @Autowired TenantFixture fixture;
    @Autowired DataSource dataSource;

    private PostgresLiveEvents eventsA;
    private PostgresLiveEvents eventsB;
    private Presence nodeA;
    private Presence nodeB;

    @BeforeEach
    void twoNodes() throws InterruptedException {
        eventsA = LiveNodes.listening(dataSource);
        eventsB = LiveNodes.listening(dataSource);
        nodeA = new Presence(new PostgresPresenceBoard(dataSource), eventsA, Clock.systemUTC(), TIMEOUT, TIMEOUT);
        nodeB = new Presence(new PostgresPresenceBoard(dataSource), eventsB, Clock.systemUTC(), TIMEOUT, TIMEOUT);
    }

    @AfterEach
    void stop() {
        eventsA.stop();
        eventsB.stop();
    }

    @Test
    void aVisitorOnOneNodeIsSeenOnTheOtherWithWhatTheyEdit() throws Exception {
        UUID tenant = fixture.create("presence-a").id();
        UUID journey = UUID.randomUUID();
        UUID moment = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        BlockingQueue<LiveEvent> onB = new LinkedBlockingQueue<>();
        var subscription = eventsB.subscribe(tenant, journey, onB::add);
        try {
            Presence.Visitor annEditing = new Presence.Visitor(UUID.randomUUID(), ann, "Ann", moment, "does");
            nodeA.enter(tenant, journey, annEditing);
            LiveEvent told = onB.poll(5, TimeUnit.SECONDS);
            assertThat(told).isNotNull();
            assertThat(told.kind()).isEqualTo(LiveEvent.Kind.PRESENCE);
            assertThat(told.actorUserId()).isEqualTo(ann);
            assertThat(nodeB.visitors(tenant, journey)).containsExactly(annEditing);

            nodeB.enter(tenant, journey, new Presence.Visitor(UUID.randomUUID(), bob, "Bob", null));
            assertThat(nodeA.visitors(tenant, journey)).extracting(Presence.Visitor::displayName)
                    .containsExactly("Ann", "Bob");
            assertThat(nodeB.visitors(tenant, journey)).extracting(Presence.Visitor::displayName)
                    .containsExactly("Ann", "Bob");
            assertThat(nodeB.editors(tenant, journey, bob)).isEqualTo(Map.of(moment, Set.of("Ann")));

            assertThat(nodeB.visitors(UUID.randomUUID(), journey)).as("another tenant").isEmpty();
            assertThat(nodeB.visitors(fixture.create("presence-other").id(), journey)).as("another tenant").isEmpty();
        } finally {
            subscription.remove();
        }
    }

    @Test
    void theVisitorsOfANodeThatDiedAreSweptByTheOtherAndItsOwnStay() throws Exception {
        UUID tenant = fixture.create("presence-b").id();
        UUID journey = UUID.randomUUID();
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID bobsTab = UUID.randomUUID();
        nodeA.enter(tenant, journey, new Presence.Visitor(UUID.randomUUID(), ann, "Ann", UUID.randomUUID()));
        nodeB.enter(tenant, journey, new Presence.Visitor(bobsTab, bob, "Bob", null));
        BlockingQueue<LiveEvent> onB = new LinkedBlockingQueue<>();
        var subscription = eventsB.subscribe(tenant, journey, onB::add);
        try {
            // node A dies: it neither sweeps nor refreshes any more; node B's tab keeps beating
            nodeB.sweep();
            assertThat(nodeB.visitors(tenant, journey)).hasSize(2);
            Thread.sleep(TIMEOUT.plusMillis(300));
            nodeB.touch(tenant, journey, bobsTab);
            nodeB.sweep();

            assertThat(nodeB.visitors(tenant, journey)).extracting(Presence.Visitor::userId).containsExactly(bob);
            LiveEvent told = onB.poll(5, TimeUnit.SECONDS);
            assertThat(told).isNotNull();
            assertThat(List.of(told.kind(), told.actorUserId())).containsExactly(LiveEvent.Kind.PRESENCE, ann);
        } finally {
            subscription.remove();
        }
    }

    @Test
    void aTabThatLeavesIsGoneOnEveryNode() {
        UUID tenant = fixture.create("presence-c").id();
        UUID journey = UUID.randomUUID();
        UUID tab = UUID.randomUUID();
        nodeA.enter(tenant, journey, new Presence.Visitor(tab, UUID.randomUUID(), "Ann", null));
        nodeB.leave(tenant, journey, tab); // not node B's tab: it cannot remove it
        assertThat(nodeB.visitors(tenant, journey)).hasSize(1);
        nodeA.leave(tenant, journey, tab);
        assertThat(nodeB.visitors(tenant, journey)).isEmpty();
    }
}
