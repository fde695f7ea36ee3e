package app.momentum.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.ui.chart.EChart;
import app.momentum.dashboard.CockpitScenario;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The dashboard per role: each cockpit's tiles with their figures, links, empty states and the headline choice. */
@SpringBootTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired CockpitScenario scenario;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void theExecutiveSeesEveryTileWithItsFiguresAndLinks() {
        CockpitScenario.Made made = scenario.filled("dash-exec");
        made.tenant().loginAs(Role.EXECUTIVE);
        DashboardView view = navigate(DashboardView.class);

        Tile nps = tile(view, "cockpit-kpi-NPS");
        assertThat(text(nps, "cockpit-kpi-NPS-value")).isEqualTo("38");
        assertThat(nps.getElement().getTextRecursively()).contains("Net Promoter Score (NPS)", "Oct 2026", "Target 35",
                "+2 since Sep 2026");
        assertThat($(Badge.class, nps).first().getText()).isEqualTo("Met");
        assertThat($(EChart.class, nps).all()).hasSize(1);
        assertThat(tile(view, "cockpit-kpi-CES").getElement().getTextRecursively())
                .contains("No KPI values yet — import or record them on KPIs.");
        assertThat(href(nps)).isEqualTo("kpis");

        Tile portfolio = tile(view, "cockpit-portfolio");
        assertThat(text(portfolio, "cockpit-portfolio-total")).isEqualTo("2");
        assertThat(lines(portfolio)).containsExactly("Mapping: 1", "Making: 0", "Mining: 1", "Management: 0");
        assertThat(href(portfolio)).isEqualTo("portfolio");

        Tile moments = tile(view, "cockpit-moments");
        assertThat(text(moments, "cockpit-moments-total")).isEqualTo("2");
        assertThat(lines(moments).getFirst()).startsWith("Welcome Signing up (Signing up): 6.3");
        assertThat($(Anchor.class, moments).all().get(1).getHref()).isEqualTo("mining?journey=" + made.journeyIds().get(1));

        Tile overdue = tile(view, "cockpit-overdue");
        assertThat(text(overdue, "cockpit-overdue-total")).isEqualTo("2");
        assertThat(href(overdue)).isEqualTo("disciplines");

        Tile gap = tile(view, "cockpit-gap");
        assertThat(text(gap, "cockpit-gap-mean")).startsWith("+1.");
        assertThat(gap.getElement().getTextRecursively()).contains("Moments compared: 1; overrated by a point or more: 1.",
                "Largest: Welcome Moving house (Moving house), estimated 8.4, measured 6.8.");
        assertThat(href(gap)).isEqualTo("mining?journey=" + made.journeyIds().getFirst());

        assertThat(href(tile(view, "cockpit-maturity"))).isEqualTo("maturity");
        assertThat($(Button.class).withId("cockpit-choose-kpis").all()).isEmpty();
        assertThat($(Tile.class).withId("cockpit-gates").all()).isEmpty();
        assertThat($(Tile.class).withId("cockpit-my-actions").all()).isEmpty();
    }

    @Test
    void numbersAndTextsFollowTheUsersLanguage() {
        CockpitScenario.Made made = scenario.filled("dash-nl");
        made.tenant().loginAs(Role.EXECUTIVE);
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        DashboardView view = navigate(DashboardView.class);

        assertThat(tile(view, "cockpit-kpi-NPS").getElement().getTextRecursively()).contains("NPS", "Doel 35", "Gehaald");
        assertThat(lines(tile(view, "cockpit-moments")).getFirst()).startsWith("Welcome Signing up (Signing up): 6,3");
        assertThat(lines(tile(view, "cockpit-portfolio"))).contains("In kaart brengen: 1");
    }

    @Test
    void cxManagersSeeTheGatesTileAndChooseTheHeadlineKpis() {
        scenario.filled("dash-cx");
        DashboardView view = navigate(DashboardView.class);
        assertThat($(Tile.class).withId("cockpit-gates").all()).hasSize(1);
        assertThat($(Tile.class).withId("cockpit-life-cycle").all()).hasSize(1);

        test($(Button.class).id("cockpit-choose-kpis")).click();
        HeadlinesDialog dialog = $(HeadlinesDialog.class).single();
        assertThat(dialog.kpis.getSelectedItems()).extracting(k -> k.standardCode().name())
                .containsExactlyInAnyOrder("NPS", "CES", "CXI");
        dialog.kpis.setValue(java.util.Set.copyOf(dialog.kpis.getListDataView().getItems()
                .filter(k -> k.standardCode() != null && k.standardCode().name().equals("CHURN")).toList()));
        test($(Button.class).id("cockpit-kpis-save")).click();

        assertThat($(Tile.class).all().stream().filter(t -> t.hasClassName("cockpit-kpi")).map(t -> t.getId().orElseThrow()))
                .containsExactly("cockpit-kpi-CHURN");
    }

    @Test
    void theContributorStartsOnTheirOwnWork() {
        CockpitScenario.Made made = scenario.filled("dash-contrib");
        made.tenant().loginAs(Role.CONTRIBUTOR);
        DashboardView view = navigate(DashboardView.class);

        Tile mine = tile(view, "cockpit-my-actions");
        assertThat(text(mine, "cockpit-my-actions-open")).isEqualTo("2");
        assertThat(mine.getElement().getTextRecursively()).contains("open, 1 overdue");
        assertThat(lines(mine).getFirst()).startsWith("Call back within a day").endsWith("Overdue");
        assertThat(href(mine)).isEqualTo("actions/mine");
        assertThat(lines(tile(view, "cockpit-my-moments"))).singleElement().asString().startsWith("Welcome Moving house");
        assertThat($(RouterLink.class).id("my-follow-ups").getText()).startsWith("Follow-up");
        assertThat($(Tile.class).withId("cockpit-portfolio").all()).isEmpty();
        assertThat($(Tile.class).all().stream().filter(t -> t.hasClassName("cockpit-kpi")).toList()).isEmpty();
    }

    @Test
    void anEmptyTenantsTilesSayWhatToDoNext() {
        scenario.empty("dash-empty");
        DashboardView view = navigate(DashboardView.class);
        assertThat(tile(view, "cockpit-portfolio").getElement().getTextRecursively())
                .contains("No journeys yet — create the first one on Journeys.");
        assertThat(tile(view, "cockpit-moments").getElement().getTextRecursively()).contains("import one on Journey mining");
        assertThat(tile(view, "cockpit-overdue").getElement().getTextRecursively()).contains("No overdue actions.");
        assertThat(tile(view, "cockpit-gap").getElement().getTextRecursively()).contains("No comparison yet");
    }

    private Tile tile(DashboardView view, String id) {
        return $(Tile.class, view).id(id);
    }

    private String text(Component tile, String id) {
        return $(Span.class, tile).id(id).getText();
    }

    private String href(Tile tile) {
        return $(Anchor.class, tile).first().getHref();
    }

    private List<String> lines(Tile tile) {
        return $(ListItem.class, tile).all().stream().map(li -> li.getElement().getTextRecursively()).toList();
    }
}
