package app.momentum.notification;

import app.momentum.notification.internal.Notification;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.ActionAssigned;
import app.momentum.base.live.LiveEvent;
import app.momentum.journey.MomentCommented;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.base.TenantContext;
import app.momentum.testsupport.ModuleEvents;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Other modules' events become notifications after commit, on another thread, in the tenant the event names — not
 * the publisher's (the tenant scope is per thread) — and an event whose listener never ran is kept and delivered
 * when resubmitted (what a restart does).
 */
@SpringBootTest
class EventNotificationsTest {

    @Autowired TenantFixture fixture;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transaction;
    @Autowired NotificationService notifications;
    @Autowired ModuleEvents moduleEvents;
    @Autowired EventPublicationRegistry registry;
    @Autowired IncompleteEventPublications incomplete;

    TestTenant tenant;
    TestTenant publishersTenant;

    @BeforeEach
    void twoTenants() {
        tenant = fixture.create("events");
        publishersTenant = fixture.create("elsewhere");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void anEventIsNotifiedAfterCommitInTheTenantItNamesNotInThePublishersScope() {
        UUID contributor = tenant.user(Role.CONTRIBUTOR).getId();
        // published by a thread that works in another tenant, with nobody logged in
        TenantContext.runInTenant(publishersTenant.id(), () -> transaction.executeWithoutResult(status ->
                publisher.publishEvent(assigned(contributor, "Call back within a day"))));

        moduleEvents.awaitDelivered();
        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(notifications.recent()).singleElement().satisfies(n -> {
            assertThat(n.getType()).isEqualTo(NotificationType.ASSIGNED);
            assertThat(n.getSubject()).isEqualTo("Call back within a day");
            assertThat(n.getTenantId()).isEqualTo(tenant.id());
        });
        publishersTenant.loginAs(Role.CONTRIBUTOR);
        assertThat(notifications.recent()).isEmpty();
    }

    @Test
    void aRolledBackChangeNotifiesNobody() {
        UUID contributor = tenant.user(Role.CONTRIBUTOR).getId();
        TenantContext.runInTenant(tenant.id(), () -> transaction.executeWithoutResult(status -> {
            publisher.publishEvent(new MomentCommented(tenant.id(), null, UUID.randomUUID(), "Welcome call",
                    tenant.user(Role.CX_MANAGER).getId(), List.of(contributor)));
            status.setRollbackOnly();
        }));

        moduleEvents.awaitDelivered();
        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(notifications.recent()).isEmpty();
    }

    @Test
    void aPublicationWhoseListenerNeverRanIsKeptAndDeliveredWhenResubmitted() {
        ActionAssigned event = assigned(tenant.user(Role.CONTRIBUTOR).getId(), "Survives a restart");
        // what publishing stores in the business transaction; the node then stops before the listener runs
        TenantContext.runInTenant(tenant.id(), () -> transaction.executeWithoutResult(status ->
                registry.store(event, Stream.of(PublicationTargetIdentifier.of("notification.action-assigned")))));

        assertThat(registry.findIncompletePublications()).filteredOn(p -> event.equals(p.getEvent())).hasSize(1);
        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(notifications.recent()).isEmpty();

        incomplete.resubmitIncompletePublications(p -> event.equals(p.getEvent()));
        moduleEvents.awaitDelivered();
        assertThat(notifications.recent()).extracting(Notification::getSubject).containsExactly("Survives a restart");
        assertThat(registry.findIncompletePublications()).noneMatch(p -> event.equals(p.getEvent()));
    }

    @Test
    void aLiveEventIsDeliveredButNotKeptInTheRegistry() {
        TenantContext.runInTenant(tenant.id(), () -> transaction.executeWithoutResult(status -> {
            publisher.publishEvent(new LiveEvent(tenant.id(), tenant.id(), LiveEvent.Kind.ACTIONS_CHANGED, null, null));
            assertThat(registry.findIncompletePublications()).noneMatch(p -> p.getEvent() instanceof LiveEvent);
        }));
    }

    private ActionAssigned assigned(UUID assignee, String title) {
        return new ActionAssigned(tenant.id(), null, null, title, assignee, tenant.user(Role.CX_MANAGER).getId());
    }
}
