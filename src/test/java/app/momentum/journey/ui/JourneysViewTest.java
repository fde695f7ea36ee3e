package app.momentum.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyService.JourneyData;
import app.momentum.journey.JourneyService.JourneyFilter;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The portfolio says who owns each journey, whom to ask when nobody does, and asks before a second same name. */
@SpringBootTest
class JourneysViewTest extends SpringBrowserlessTest {

    private static final int OWNER_COLUMN = 3;

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;

    TestTenant tenant;

    @BeforeEach
    void login() {
        tenant = fixture.create("journeys-view");
        tenant.loginAs(Role.CX_MANAGER);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void eachJourneyShowsItsOwnerOrWhomToAsk() {
        journeys.create(data("Alpha", tenant.user(Role.CONTRIBUTOR).getId()), List.of());
        journeys.create(data("Beta", null), List.of());

        JourneysView view = navigate(JourneysView.class);
        @SuppressWarnings("unchecked")
        Grid<?> grid = $(Grid.class, view).id("journeys-grid");

        assertThat(ownerOf(grid, "Alpha")).isEqualTo(tenant.user(Role.CONTRIBUTOR).getDisplayName());
        assertThat(ownerOf(grid, "Beta")).isEqualTo("No owner — ask " + tenant.user(Role.CX_MANAGER).getDisplayName());
    }

    private String ownerOf(Grid<?> grid, String journeyName) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 0).equals(journeyName)) {
                return test(grid).getCellText(row, OWNER_COLUMN);
            }
        }
        throw new AssertionError("no row " + journeyName);
    }

    @Test
    void aSecondJourneyWithTheSameNameIsStoredOnlyAfterTheUserConfirms() {
        journeys.create(data("Moving house", null), List.of());
        JourneysView view = navigate(JourneysView.class);

        test($(Button.class, view).id("new-journey")).click();
        $(TextField.class).id("journey-name").setValue("Moving house");
        test($(Button.class).id("editor-save")).click();

        ConfirmDialog ask = $(ConfirmDialog.class).id("editor-confirm");
        assertThat(ask.getElement().getProperty("message"))
                .contains("already has a journey named “Moving house”");
        assertThat(journeys.count(JourneyFilter.active())).isEqualTo(1);

        test(ask).confirm();
        assertThat(journeys.count(JourneyFilter.active())).isEqualTo(2);
    }

    private static JourneyData data(String name, java.util.UUID owner) {
        return new JourneyData(name, JourneyType.SIGNATURE_JOURNEY, null, null, null, null, owner, LifecycleStage.MAPPING);
    }
}
