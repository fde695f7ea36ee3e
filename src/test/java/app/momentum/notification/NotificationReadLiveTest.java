package app.momentum.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.live.LiveEvent;
import app.momentum.base.live.LiveEvents;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Reading notifications tells the reader's open tabs, so every bell of theirs shows the new count at once. */
@SpringBootTest
class NotificationReadLiveTest {

    @Autowired TenantFixture fixture;
    @Autowired NotificationService notifications;
    @Autowired LiveEvents live;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void readingOneOrAllIsAnnouncedToTheReadersBellsOnly() {
        TestTenant tenant = fixture.create("bell");
        UUID reader = tenant.user(Role.CONTRIBUTOR).getId();
        UUID other = tenant.user(Role.CX_MANAGER).getId();
        tenant.loginAs(Role.CX_MANAGER);
        notifications.notify(new NotificationService.Notice(reader, NotificationType.ASSIGNED, null, null, "One", other, null));
        notifications.notify(new NotificationService.Notice(reader, NotificationType.ASSIGNED, null, null, "Two", other, null));

        List<LiveEvent> toReader = new CopyOnWriteArrayList<>();
        List<LiveEvent> toOther = new CopyOnWriteArrayList<>();
        // only what the reader did: the two new notifications' own events may still be on their way
        var readerTabs = live.subscribe(tenant.id(), reader, event -> {
            if (reader.equals(event.actorUserId())) {
                toReader.add(event);
            }
        });
        var otherTabs = live.subscribe(tenant.id(), other, toOther::add);
        try {
            tenant.loginAs(Role.CONTRIBUTOR);
            notifications.markRead(notifications.recent().getFirst().getId());
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> toReader.size() == 1);
            assertThat(notifications.unreadCount()).isEqualTo(1);

            notifications.markAllRead();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> toReader.size() == 2);
            assertThat(toReader).allSatisfy(event -> assertThat(event.kind()).isEqualTo(LiveEvent.Kind.NOTIFIED));
            assertThat(notifications.unreadCount()).isZero();
            assertThat(toOther).isEmpty();
        } finally {
            readerTabs.remove();
            otherTabs.remove();
        }
    }
}
