package app.momentum.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.notification.NotificationService;
import app.momentum.notification.NotificationType;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.testsupport.TestDatabase;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Momentum with {@code momentum.live.transport=postgres}: a change made through a feature's service (a new
 * notification, in its transaction) reaches this node's listeners and another node's, listening on the same
 * database.
 */
@SpringBootTest(properties = "momentum.live.transport=postgres")
class CrossNodeLiveEventsTest {

    @Autowired TenantFixture fixture;
    @Autowired NotificationService notifications;
    @Autowired LiveEvents live;
    @Autowired DataSource dataSource;

    private PostgresLiveEvents otherNode;

    @AfterEach
    void stop() {
        TestLogin.logout();
        if (otherNode != null) {
            otherNode.stop();
        }
    }

    @Test
    void aFeaturesChangeReachesListenersOnThisNodeAndAnother() throws Exception {
        assertThat(live).isInstanceOf(PostgresLiveEvents.class);
        TestTenant tenant = fixture.create("nodes");
        UUID reader = tenant.user(Role.CONTRIBUTOR).getId();
        UUID author = tenant.user(Role.CX_MANAGER).getId();
        otherNode = new PostgresLiveEvents(dataSource, () -> DriverManager.getConnection(TestDatabase.url()),
                Duration.ofMillis(200));
        otherNode.start();
        BlockingQueue<LiveEvent> here = new LinkedBlockingQueue<>();
        BlockingQueue<LiveEvent> there = new LinkedBlockingQueue<>();
        var hereTabs = live.subscribe(tenant.id(), reader, here::add);
        var thereTabs = otherNode.subscribe(tenant.id(), reader, there::add);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (otherNode.listeningPid() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        try {
            tenant.loginAs(Role.CX_MANAGER);
            notifications.notify(new NotificationService.Notice(reader, NotificationType.ASSIGNED, null, null, "One",
                    author, null));

            LiveEvent onThisNode = here.poll(5, TimeUnit.SECONDS);
            LiveEvent onTheOther = there.poll(5, TimeUnit.SECONDS);
            assertThat(onThisNode).isNotNull();
            assertThat(onThisNode.kind()).isEqualTo(LiveEvent.Kind.NOTIFIED);
            assertThat(onTheOther).isEqualTo(onThisNode);
        } finally {
            hereTabs.remove();
            thereTabs.remove();
        }
    }
}
