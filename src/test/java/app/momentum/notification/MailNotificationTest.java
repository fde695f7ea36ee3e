package app.momentum.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionData;
import app.momentum.action.DailyReminders;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.journey.Journey;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** E-mail notifications through a real SMTP server in the test (GreenMail), and the once-a-day digest. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "momentum.mail.from=momentum@test.example",
        "momentum.base-url=https://momentum.test"})
class MailNotificationTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired ActionService actions;
    @Autowired NotificationService notifications;
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
        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        Thread.sleep(Duration.ofMillis(500));
        List<MimeMessage> toContributor = to(contributor);
        assertThat(toContributor).hasSize(1);
        MimeMessage mail = toContributor.getFirst();
        assertThat(mail.getSubject()).contains("Warm welcome call");
        assertThat(GreenMailUtil.getBody(mail)).contains("https://momentum.test/actions/" + action.getId());

        tenant.loginAs(Role.CONTRIBUTOR);
        notifications.setEmail(NotificationType.ASSIGNED, false);
        tenant.loginAs(Role.CX_MANAGER);
        actions.create(data(journey, "Second", tenant.user(Role.CONTRIBUTOR).getId(), null), ActionStatus.PLANNED);
        Thread.sleep(Duration.ofSeconds(1));
        assertThat(to(contributor)).hasSize(1);
    }

    @Test
    void theDailyDigestGoesOncePerOwnerAndDayEvenWhenRunTwice() throws Exception {
        TestTenant tenant = fixture.create("digest");
        tenant.loginAs(Role.CX_MANAGER);
        Journey journey = journey();
        var owner = tenant.user(Role.CX_MANAGER);
        actions.create(data(journey, "Late one", owner.getId(), LocalDate.now().minusDays(3)), ActionStatus.IN_PROGRESS);
        actions.create(data(journey, "Late two", owner.getId(), LocalDate.now().minusDays(1)), ActionStatus.PLANNED);
        actions.create(data(journey, "Due soon", owner.getId(), LocalDate.now().plusDays(2)), ActionStatus.PLANNED);
        TestLogin.logout();

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        reminders.runFor(today);
        reminders.runFor(today); // a restart, or a second node without the lock: nothing twice
        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
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

    /** Mails to one address (demo data of the same context may mail its own users meanwhile). */
    private static List<MimeMessage> to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
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
