package app.momentum.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.maturity.MaturityScans;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.ModuleEvents;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Opening a maturity round asks each participant, and only them, to fill it in, with a link to the round. */
@SpringBootTest
class MaturityNotificationsTest {

    @Autowired TenantFixture fixture;
    @Autowired MaturityScans scans;
    @Autowired NotificationService notifications;
    @Autowired ModuleEvents moduleEvents;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void eachParticipantIsAskedToFillInTheRound() {
        TestTenant tenant = fixture.create("maturity-notify");
        tenant.loginAs(Role.CX_MANAGER);
        UUID round = scans.openRound("Scan 2026", List.of(tenant.user(Role.CONTRIBUTOR).getId(),
                tenant.user(Role.EXECUTIVE).getId()), LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7));

        moduleEvents.awaitDelivered();

        for (Role participant : List.of(Role.CONTRIBUTOR, Role.EXECUTIVE)) {
            tenant.loginAs(participant);
            assertThat(notifications.recent()).as(participant.name()).singleElement().satisfies(n -> {
                assertThat(n.getType()).isEqualTo(NotificationType.MATURITY_ROUND_OPENED);
                assertThat(n.getSubject()).isEqualTo("Scan 2026");
                assertThat(MaturityNotifications.roundOf(n.getType(), n.getDedupKey())).contains(round);
            });
        }
        tenant.loginAs(Role.TENANT_ADMIN);
        assertThat(notifications.recent()).isEmpty();
        assertThat(MaturityScans.roundRoute(round)).isEqualTo("maturity/" + round);
    }
}
