package app.momentum.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.dashboard.ui.DashboardView;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A node about to stop tells the people on it that they will be reconnected, in their language. */
@SpringBootTest
class DrainNoticeTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired DrainNotice drainNotice;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void everyOpenTabIsToldBeforeTheNodeStops() {
        fixture.create("drain").loginAs(Role.CONTRIBUTOR);
        navigate(DashboardView.class);
        assertThat($(Notification.class).all()).noneMatch(notice -> "drain-notice".equals(notice.getId().orElse("")));

        drainNotice.announce();
        roundTrip();

        Notification notice = $(Notification.class).id("drain-notice");
        assertThat(test(notice).getText()).startsWith("Momentum is being updated on this server. In a moment you will be reconnected");
        assertThat(notice.getDuration()).isZero(); // stays until closed
    }

    @Test
    void inDutchForADutchTab() {
        fixture.create("drain-nl").loginAs(Role.CONTRIBUTOR);
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl-NL"));
        navigate(DashboardView.class);

        drainNotice.announce();
        roundTrip();

        assertThat(test($(Notification.class).id("drain-notice")).getText())
                .startsWith("Momentum wordt op deze server bijgewerkt.");
    }

    @Test
    void aTabThatLeftIsNotTold() {
        fixture.create("drain-left").loginAs(Role.CONTRIBUTOR);
        navigate(DashboardView.class);
        navigate(SelectTenantView.class); // a page without the main layout: the layout detached, as when a tab closes

        drainNotice.announce();
        roundTrip();

        assertThat($(Notification.class).all()).noneMatch(notice -> "drain-notice".equals(notice.getId().orElse("")));
    }
}
