package app.momentum.notification;

import app.momentum.notification.internal.Notification;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionData;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.testsupport.TestMail;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** E-mail notifications through a real SMTP server in the test (GreenMail), and the once-a-day digest. */
@SpringBootTest
class MailNotificationTest {

    /** The run's SMTP server; the test environment points every context at it. */
    static final GreenMail MAIL = TestMail.server();

    @BeforeEach
    void emptyMailboxes() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Autowired app.momentum.action.ActionBackdating backdating;

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired ActionService actions;
    @Autowired NotificationService notifications;
    @Autowired app.momentum.testsupport.ModuleEvents moduleEvents;
    @Autowired DailyReminders reminders;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void anAssignmentIsMailedWithALinkUnlessTheUserOptedOut() throws Exception {
        TestTenant tenant = fixture.create("mail");
        tenant.loginAs(Role.CX_MANAGER);
        Journey journey = journey();
        var action = actions.create(data(journey, "Warm welcome call", tenant.user(Role.CONTRIBUTOR).getId(), null), ActionStatus.PLANNED);
        String contributor = tenant.user(Role.CONTRIBUTOR).getEmail();
        List<MimeMessage> toContributor = TestMail.awaitMailTo(contributor);
        assertThat(toContributor).hasSize(1);
        MimeMessage mail = toContributor.getFirst();
        assertThat(mail.getSubject()).contains("Warm welcome call");
        assertThat(GreenMailUtil.getBody(mail)).contains("https://momentum.test/actions/" + action.getId());

        tenant.loginAs(Role.CONTRIBUTOR);
        notifications.setEmail(NotificationType.ASSIGNED, false);
        tenant.loginAs(Role.CX_MANAGER);
        actions.create(data(journey, "Second", tenant.user(Role.CONTRIBUTOR).getId(), null), ActionStatus.PLANNED);
        moduleEvents.awaitDelivered(); // the notification, then its mail event: both listeners ended
        Thread.sleep(Duration.ofSeconds(1));
        assertThat(TestMail.to(contributor)).hasSize(1);
    }

    @Test
    void theDailyDigestGoesOncePerOwnerAndDayEvenWhenRunTwice() throws Exception {
        TestTenant tenant = fixture.create("digest");
        tenant.loginAs(Role.CX_MANAGER);
        Journey journey = journey();
        var owner = tenant.user(Role.CX_MANAGER);
        backdating.dueOn(actions.create(data(journey, "Late one", owner.getId(), LocalDate.now().plusDays(3)),
                ActionStatus.IN_PROGRESS).getId(), LocalDate.now().minusDays(3));
        backdating.dueOn(actions.create(data(journey, "Late two", owner.getId(), LocalDate.now().plusDays(3)),
                ActionStatus.PLANNED).getId(), LocalDate.now().minusDays(1));
        actions.create(data(journey, "Due soon", owner.getId(), LocalDate.now().plusDays(2)), ActionStatus.PLANNED);
        TestLogin.logout();

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        reminders.runFor(today);
        reminders.runFor(today); // a restart, or a second node without the lock: nothing twice
        TestMail.awaitMailTo(owner.getEmail());
        Thread.sleep(Duration.ofSeconds(1));
        List<MimeMessage> digests = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains("Late one")).toList();
        assertThat(digests).hasSize(1);
        assertThat(GreenMailUtil.getBody(digests.getFirst())).contains("Late two").doesNotContain("Due soon");

        tenant.loginAs(Role.CX_MANAGER);
        assertThat(notifications.recent()).extracting(Notification::getType)
                .containsOnlyOnce(NotificationType.DUE_SOON)
                .filteredOn(t -> t == NotificationType.OVERDUE).hasSize(2);
    }

    @Test
    void aJourneyGoneStaleIsNotifiedToItsOwnerOnceAndListedInTheDigest() throws Exception {
        TestTenant tenant = fixture.create("stale");
        tenant.loginAs(Role.CX_MANAGER);
        var owner = tenant.user(Role.CONTRIBUTOR);
        Journey journey = journeys.create(new JourneyService.JourneyData("Forgotten journey",
                JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null, null, null, owner.getId(), null), List.of());
        TestLogin.logout();

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        reminders.runFor(today.plusDays(90)); // on the last day of the interval: not stale yet
        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(notifications.recent()).isEmpty();
        TestLogin.logout();

        reminders.runFor(today.plusDays(91));
        reminders.runFor(today.plusDays(92)); // still the same stale spell: no second notification
        List<MimeMessage> digests = TestMail.awaitMailTo(owner.getEmail()).stream()
                .filter(m -> GreenMailUtil.getBody(m).contains("Forgotten journey")).toList();
        assertThat(digests).isNotEmpty();
        assertThat(GreenMailUtil.getBody(digests.getFirst()))
                .contains("https://momentum.test/journeys/" + journey.getId() + "/life-cycle");
        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(notifications.recent()).singleElement().satisfies(n -> {
            assertThat(n.getType()).isEqualTo(NotificationType.JOURNEY_STALE);
            assertThat(n.getSubject()).isEqualTo("Forgotten journey");
            assertThat(n.getJourneyId()).isEqualTo(journey.getId());
        });
    }

    private Journey journey() {
        return journeys.create(new JourneyService.JourneyData("Mail journey", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null,
                null, null, null, LifecycleStage.MAKING), List.of());
    }

    private static ActionData data(Journey journey, String title, java.util.UUID owner, LocalDate due) {
        return new ActionData(journey.getId(), List.of(), title, null, ActionType.FUNCTIONAL_FIX, null, owner, List.of(), due,
                Priority.MEDIUM, null, null, null, Effort.S);
    }
}
