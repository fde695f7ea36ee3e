package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.internal.Moment;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.Tenant;
import app.momentum.base.TenantContext;
import app.momentum.tenancy.internal.TenantRepository;
import app.momentum.user.internal.AppUserRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A CX manager uploads a survey export for the signature journey in a real browser, checks the proposed column
 * mapping, runs the analysis, follows its progress and sees the impact matrix of the new survey.
 */
class SurveyImportBrowserIT extends BrowserTestBase {

    @Autowired TenantRepository tenants;
    @Autowired AppUserRepository users;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    @Test
    void uploadMapAnalyseAndSeeTheImpactMatrix() throws Exception {
        Tenant bank = TenantContext.callGlobal(() -> tenants.findBySlug("demo-bank")).orElseThrow();
        TestLogin.as(TenantContext.callGlobal(() -> users.findByEmail("cx@demo-bank.example")).orElseThrow(), bank,
                Role.CX_MANAGER);
        Journey journey;
        List<Moment> moments;
        try {
            journey = journeys.list(JourneyService.JourneyFilter.active(), PageRequest.of(0, 20)).stream()
                    .filter(j -> j.getType() == JourneyType.SIGNATURE_JOURNEY).findFirst().orElseThrow();
            moments = maps.load(journey.getId()).moments();
        } finally {
            TestLogin.logout();
        }
        Path file = Files.createTempFile("browser-survey", ".csv");
        Files.writeString(file, survey(moments, 80), StandardCharsets.UTF_8);

        Browser browser = newBrowser("en-US");
        logIn(browser, "cx@demo-bank.example", DEMO_PASSWORD);
        browser.open("/mining?journey=" + journey.getId());
        browser.awaitText("Impact matrix");
        browser.click("#mining-import");
        browser.awaitText("Import survey results");
        WebElement upload = browser.find("#survey-upload");
        WebElement input = browser.await(d -> upload.getShadowRoot().findElements(By.cssSelector("input[type=file]"))
                .stream().findFirst().orElse(null));
        input.sendKeys(file.toString());
        browser.awaitText(file.getFileName() + ": " + (moments.size() + 3) + " columns");
        snap(browser, "mapping");
        browser.click("#survey-import-start");
        browser.awaitText("is ready");
        browser.click("#survey-import-show");
        browser.awaitText("80 respondents");

        // the chart drew its bubbles on a canvas, and the table lists every moment
        browser.await(d -> (Boolean) browser.js(
                "const c = document.querySelector('#impact-matrix-chart'); return !!(c && c.shadowRoot"
                        + " && c.shadowRoot.querySelector('canvas'));"));
        assertThat(browser.pageText()).contains(moments.getFirst().getTitle(), "Priority", "Keep and spread");
        assertThat(browser.pageText()).contains(file.getFileName() + " · 80 respondents");
        snap(browser, "matrix");
    }

    @Test
    void theMatrixSwitchesBetweenTheExperienceEffectAndTheSatisfactionDriver() throws Exception {
        Journey journey = demoBankSignatureJourney();
        Browser browser = newBrowser("en-US");
        logIn(browser, "exec@demo-bank.example", DEMO_PASSWORD);
        browser.open("/mining?journey=" + journey.getId());
        browser.awaitText("Impact measured as");
        String yAxis = "return document.querySelector('#impact-matrix-chart').option.yAxis.name;";
        String quadrants = "return [...document.querySelectorAll('#impact-table .quadrant-label')]"
                + ".map(e => e.textContent).join('|');";
        String placed = "return document.querySelector('#impact-matrix-chart').option.series[0].data"
                + ".map(d => d.name + ':' + d.value[1]).join('|');";
        browser.await(d -> "Experience effect on recommendation (r)".equals(browser.js(yAxis)));
        assertThat(browser.pageText()).contains("Impact compares the recommendation of customers who experienced");
        // the table lists what to fix first
        assertThat((String) browser.js(quadrants)).startsWith("Fix");
        String byEffect = (String) browser.js(placed);
        snap(browser, "matrix-experience-effect");

        browser.click("#mining-impact-method");
        browser.clickText("vaadin-select-item", "Satisfaction driver");
        browser.await(d -> "Satisfaction as driver of recommendation (r)".equals(browser.js(yAxis)));
        assertThat(browser.pageText()).contains("Impact is how closely satisfaction with a moment goes with recommendation");
        // the same moments, placed by the other method
        browser.await(d -> !byEffect.equals(browser.js(placed)));
        snap(browser, "matrix-satisfaction-driver");
    }

    @Test
    void theBrandTabRanksTheMomentsThatCarryEachBrandValue() throws Exception {
        Journey journey = demoBankSignatureJourney();
        Browser browser = newBrowser("en-US");
        logIn(browser, "exec@demo-bank.example", DEMO_PASSWORD);
        browser.open("/mining?journey=" + journey.getId());
        browser.awaitText("Impact measured as");
        browser.click("#mining-tab-brand");
        browser.awaitText("respondents answered");
        // the demo's latest survey asked about every brand value; the moments meant to express one carry it most
        browser.awaitText("Adds measurably");
        assertThat(browser.pageText()).contains("meant to express it");
        snap(browser, "brand-values");

        browser.click("#brand-impact-method");
        browser.clickText("vaadin-select-item", "Satisfaction driver");
        browser.awaitText("Impact is how closely satisfaction with a moment goes with how strongly customers");
    }

    /** The demo bank's signature journey, which the demo seeded with two surveys. */
    private Journey demoBankSignatureJourney() {
        Tenant bank = TenantContext.callGlobal(() -> tenants.findBySlug("demo-bank")).orElseThrow();
        TestLogin.as(TenantContext.callGlobal(() -> users.findByEmail("exec@demo-bank.example")).orElseThrow(), bank,
                Role.EXECUTIVE);
        Journey journey;
        try {
            journey = journeys.list(JourneyService.JourneyFilter.active(), PageRequest.of(0, 20)).stream()
                    .filter(j -> j.getType() == JourneyType.SIGNATURE_JOURNEY).findFirst().orElseThrow();
        } finally {
            TestLogin.logout();
        }
        return journey;
    }

    /** A respondent-level export whose moment columns are named like the moments, as survey tools deliver them. */
    private static String survey(List<Moment> moments, int respondents) {
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("Respondent;Region;Recommend");
        moments.forEach(m -> csv.append(';').append(m.getTitle()));
        csv.append('\n');
        for (int r = 1; r <= respondents; r++) {
            double happiness = random.nextGaussian();
            csv.append("b").append(r).append(';').append(r % 2 == 0 ? "North" : "South").append(';')
                    .append(Math.max(0, Math.min(10, Math.round(7 + 2 * happiness))));
            for (int i = 0; i < moments.size(); i++) {
                csv.append(';');
                if (random.nextDouble() < 0.8) {
                    csv.append(Math.max(1, Math.min(10, Math.round(6.5 + (i % 4) * 0.5 + happiness + random.nextGaussian()))));
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
