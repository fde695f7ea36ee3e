package app.momentum.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.notification.NotificationService;
import app.momentum.notification.NotificationType;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.testsupport.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's side of {@link PostgresLiveEvents}: events that features publish in the application's own (JPA)
 * transactions are sent on the transaction's connection, so they reach every node on commit and never on rollback.
 * Two nodes are made here on the shared test context's database, and the application's events are forwarded to
 * node A as {@code PostgresLiveEventsConfiguration} does (the test context itself keeps the in-memory transport:
 * a second context with other properties would replace Spring Security's static context holder for every later
 * test). The configuration's choice of adapter is checked on its own.
 */
@SpringBootTest
class CrossNodeLiveEventsTest {

    @Autowired TenantFixture fixture;
    @Autowired NotificationService notifications;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AbstractApplicationContext context;

    private PostgresLiveEvents nodeA;
    private PostgresLiveEvents nodeB;
    private ApplicationListener<PayloadApplicationEvent<LiveEvent>> forwarding;

    @BeforeEach
    void twoNodes() throws InterruptedException {
        nodeA = LiveNodes.listening(dataSource);
        nodeB = LiveNodes.listening(dataSource);
        // what PostgresLiveEventsConfiguration's sender does: every LiveEvent the application publishes, at once
        forwarding = event -> nodeA.publish(event.getPayload());
        context.addApplicationListener(forwarding);
    }

    @AfterEach
    void stop() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(forwarding);
        nodeA.stop();
        nodeB.stop();
        TestLogin.logout();
    }

    @Test
    void aFeaturesChangeReachesAnotherNode() throws Exception {
        TestTenant tenant = fixture.create("nodes");
        UUID reader = tenant.user(Role.CONTRIBUTOR).getId();
        UUID author = tenant.user(Role.CX_MANAGER).getId();
        BlockingQueue<LiveEvent> there = new LinkedBlockingQueue<>();
        var tabs = nodeB.subscribe(tenant.id(), reader, there::add);
        try {
            tenant.loginAs(Role.CX_MANAGER);
            notifications.notify(new NotificationService.Notice(reader, NotificationType.ASSIGNED, null, null, "One",
                    author, null));

            LiveEvent arrived = there.poll(5, TimeUnit.SECONDS);
            assertThat(arrived).isNotNull();
            assertThat(arrived.kind()).isEqualTo(LiveEvent.Kind.NOTIFIED);
        } finally {
            tabs.remove();
        }
    }

    @Test
    void anEventPublishedInTheApplicationsTransactionArrivesOnCommitOnly() throws Exception {
        // the application's transactions need a tenant, as a feature's do
        fixture.create("commit").loginAs(Role.CX_MANAGER);
        UUID tenant = UUID.randomUUID();
        UUID journey = UUID.randomUUID();
        BlockingQueue<LiveEvent> there = new LinkedBlockingQueue<>();
        var tabs = nodeB.subscribe(tenant, journey, there::add);
        try {
            LiveEvent rolledBack = new LiveEvent(tenant, journey, LiveEvent.Kind.CHANGED, UUID.randomUUID(), null);
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                context.publishEvent(rolledBack);
                status.setRollbackOnly();
            });
            LiveEvent committed = new LiveEvent(tenant, journey, LiveEvent.Kind.CHANGED, UUID.randomUUID(), null);
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                context.publishEvent(committed);
                try {
                    assertThat(there.poll(300, TimeUnit.MILLISECONDS)).as("before commit").isNull();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(there.poll(5, TimeUnit.SECONDS)).isEqualTo(committed);
            assertThat(there.poll(300, TimeUnit.MILLISECONDS)).isNull(); // the rolled-back one never comes
        } finally {
            tabs.remove();
        }
    }

    @Test
    void thePropertyChoosesTheAdapter() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withInitializer(runnerContext -> runnerContext.getBeanFactory()
                        .setConversionService(ApplicationConversionService.getSharedInstance())) // "2s" as Boot reads it
                .withBean(DataSource.class, () -> {
                    HikariDataSource pool = new HikariDataSource();
                    pool.setJdbcUrl(TestDatabase.url());
                    return pool;
                })
                .withBean(java.time.Clock.class, java.time.Clock::systemUTC)
                .withUserConfiguration(PostgresLiveEventsConfiguration.class, InMemoryLiveEvents.class,
                        InMemoryPresenceBoard.class);

        runner.run(inMemory -> {
            assertThat(inMemory).getBean(LiveEvents.class).isInstanceOf(InMemoryLiveEvents.class);
            assertThat(inMemory).getBean(PresenceBoard.class).isInstanceOf(InMemoryPresenceBoard.class);
        });
        runner.withPropertyValues("momentum.live.transport=postgres").run(postgres -> {
            assertThat(postgres).getBean(LiveEvents.class).isInstanceOf(PostgresLiveEvents.class);
            assertThat(postgres).getBean(PresenceBoard.class).isInstanceOf(PostgresPresenceBoard.class);
            assertThat(postgres).hasSingleBean(PostgresLiveEventsConfiguration.LiveEventSender.class);
        });
    }
}
