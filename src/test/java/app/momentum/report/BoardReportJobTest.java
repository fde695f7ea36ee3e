package app.momentum.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.InvalidInputException;
import app.momentum.notification.NotificationService;
import app.momentum.notification.NotificationType;
import app.momentum.notification.internal.Notification;
import app.momentum.report.BoardReportSchedules.Frequency;
import app.momentum.report.BoardReportSchedules.Schedule;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.testsupport.TestMail;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The schedule (tenant admins, validation) and the job: once per period, notified, mailed, per tenant only. */
@SpringBootTest
class BoardReportJobTest {

    static final GreenMail MAIL = TestMail.server();

    @Autowired TenantFixture fixture;
    @Autowired BoardReportSchedules schedules;
    @Autowired BoardReportJob job;
    @Autowired NotificationService notifications;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void onlyTenantAdminsScheduleToReadersAndBadInputSavesNothing() {
        TestTenant tenant = fixture.create("schedule-rules");
        tenant.loginAs(Role.TENANT_ADMIN);
        assertThat(schedules.schedule()).isEmpty();
        assertThat(schedules.possibleRecipients()).extracting(m -> m.userId())
                .contains(tenant.user(Role.EXECUTIVE).getId(), tenant.user(Role.CX_MANAGER).getId())
                .doesNotContain(tenant.user(Role.CONTRIBUTOR).getId());

        assertThatThrownBy(() -> schedules.save(null, List.of(), null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.problem().messageKey())
                        .containsExactly("report.schedule.frequencyRequired", "report.schedule.recipientsRequired"));
        assertThatThrownBy(() -> schedules.save(Frequency.MONTHLY, List.of(tenant.user(Role.CONTRIBUTOR).getId()),
                null)).isInstanceOf(InvalidInputException.class);
        assertThat(schedules.schedule()).isEmpty();

        Schedule saved = schedules.save(Frequency.MONTHLY, List.of(tenant.user(Role.EXECUTIVE).getId()), null);
        assertThat(schedules.schedule()).contains(saved);
        // a change over a newer schedule (another admin saved meanwhile) is refused
        schedules.save(Frequency.QUARTERLY, saved.recipients(), saved.version());
        assertThatThrownBy(() -> schedules.save(Frequency.MONTHLY, saved.recipients(), saved.version()))
                .isInstanceOf(ConcurrentEditException.class);

        tenant.loginAs(Role.CX_MANAGER);
        assertThatThrownBy(() -> schedules.save(Frequency.MONTHLY, saved.recipients(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(schedules.stored()).isEmpty();
    }

    @Test
    void theQuarterlyReportIsMadeOncePerPeriodNotifiedMailedAndOnlyTheTenantsOwn() throws Exception {
        TestTenant tenant = fixture.create("schedule-job");
        TestTenant other = fixture.create("schedule-other");
        tenant.loginAs(Role.TENANT_ADMIN);
        schedules.save(Frequency.QUARTERLY, List.of(tenant.user(Role.EXECUTIVE).getId(),
                tenant.user(Role.CX_MANAGER).getId()), null);
        TestLogin.logout();

        assertThat(job.runFor(LocalDate.of(2026, 11, 1))).as("not the first day of a quarter").isZero();
        assertThat(job.runFor(LocalDate.of(2026, 10, 1))).isGreaterThanOrEqualTo(2);
        assertThat(job.runFor(LocalDate.of(2026, 10, 1))).as("a second run sends nothing again").isZero();

        tenant.loginAs(Role.EXECUTIVE);
        assertThat(notifications.recent()).filteredOn(n -> n.getType() == NotificationType.BOARD_REPORT)
                .extracting(Notification::getSubject).containsExactly("2026-Q3");
        assertThat(schedules.stored()).extracting(BoardReportSchedules.StoredReport::period).containsOnly("2026-Q3");
        byte[] pdf = schedules.file("2026-Q3", Locale.ENGLISH).orElseThrow().content();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(schedules.file("2026-Q2", Locale.ENGLISH)).isEmpty();

        // the executive's mail carries the PDF
        String email = tenant.user(Role.EXECUTIVE).getEmail();
        List<MimeMessage> mails = TestMail.awaitMailTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).contains("Q3 2026");
        assertThat(attachmentNames(mails.getFirst())).containsExactly("board-report-2026-Q3.pdf");

        // another tenant's members find nothing, not even with the period in the address
        other.loginAs(Role.EXECUTIVE);
        assertThat(schedules.file("2026-Q3", Locale.ENGLISH)).isEmpty();
        assertThat(schedules.stored()).isEmpty();
    }

    private static List<String> attachmentNames(MimeMessage message) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    names.add(part.getFileName());
                }
            }
        }
        return names;
    }
}
