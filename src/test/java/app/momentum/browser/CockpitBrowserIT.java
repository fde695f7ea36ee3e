package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An executive logs in and sees the cockpit's tiles with the demo figures: the portfolio of the demo journeys, the
 * moments below target and the perception gap from the demo surveys and estimates, the overdue demo actions by
 * discipline, and the headline KPIs with the demo's two years of monthly values. At
 * 1280 px the tiles sit side by side; on a phone they stack in one column.
 */
class CockpitBrowserIT extends BrowserTestBase {

    @Test
    void anExecutiveLogsInAndSeesTheCockpitsTilesWithDemoFigures() throws Exception {
        Browser executive = newBrowser("en-US");
        executive.viewport(1280, 900);
        logIn(executive, "exec@demo-bank.example", DEMO_PASSWORD);
        executive.awaitText("Portfolio");

        assertThat(Integer.parseInt(executive.find("#cockpit-portfolio-total").getText().strip())).isPositive();
        assertThat(executive.find("#cockpit-portfolio").getText()).contains("Mapping", "Making", "Mining", "Management");
        assertThat(Integer.parseInt(executive.find("#cockpit-moments-total").getText().strip())).isPositive();
        assertThat(Integer.parseInt(executive.find("#cockpit-overdue-total").getText().strip())).isPositive();
        assertThat(executive.find("#cockpit-gap-mean").getText()).matches("[+−-]?\\d+(\\.\\d)?");
        assertThat(executive.find("#cockpit-kpi-NPS").getText()).contains("Net Promoter Score (NPS)");
        assertThat(executive.find("#cockpit-maturity").getText()).contains("Maturity");
        // side by side at 1280 px
        Object sameRow = executive.js("""
                const a = document.querySelector('#cockpit-portfolio').getBoundingClientRect();
                const b = document.querySelector('#cockpit-moments').getBoundingClientRect();
                return Math.abs(a.top - b.top) < 2 && a.left < b.left;""");
        assertThat(sameRow).isEqualTo(Boolean.TRUE);
        snap(executive, "executive-1280");

        executive.viewport(390, 844);
        executive.waitForVaadin();
        Object oneColumn = executive.js("""
                const a = document.querySelector('#cockpit-portfolio').getBoundingClientRect();
                const b = document.querySelector('#cockpit-moments').getBoundingClientRect();
                return Math.abs(a.left - b.left) < 2;""");
        assertThat(oneColumn).isEqualTo(Boolean.TRUE);
        snap(executive, "executive-phone");

        // a tile opens the page behind it
        executive.viewport(1280, 900);
        executive.click("#cockpit-overdue h2 a");
        executive.await(d -> executive.currentPath().startsWith("/disciplines"));
    }
}
