package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone (390×844), a tablet (820×1180) and a small laptop (1280×800) every main page uses the screen's width
 * (on the phone and tablet the menu is a drawer),
 * the content is as wide as the screen (a list beside its detail at least 320px), no primary button lies off-screen, nothing scrolls the page sideways,
 * lists keep a usable size, and the journey map can be seen.
 */
class ResponsiveBrowserIT extends BrowserTestBase {

    /** Measures the page; returns one line per problem. */
    private static final String PROBLEMS = """
            const problems = [];
            const width = window.innerWidth;
            const main = document.getElementById('main-content');
            if (!main) return ['no page content'];
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout.shadowRoot.querySelector('[part~="content"]');
            // the room for the page: the whole screen (no pinned menu; beside it on a laptop), less a vertical scrollbar
            const area = content.getBoundingClientRect();
            const pinnedMenu = arguments[0];
            if (!pinnedMenu && (area.left > 1 || area.width < width - 1)) {
              problems.push('the menu takes ' + Math.round(width - area.width) + 'px of ' + width + 'px');
            }
            const usable = content.clientWidth;
            const box = main.getBoundingClientRect();
            // (on a laptop a page may keep a reading width, e.g. the profile; on a phone or tablet it uses the screen)
            if (!pinnedMenu && box.width < usable - 1) problems.push('content is ' + Math.round(box.width) + 'px of ' + usable + 'px');
            for (const [name, el] of [['page', document.scrollingElement], ['content area', content], ['content', main]]) {
              if (el && el.scrollWidth > el.clientWidth + 1) {
                problems.push(name + ' scrolls sideways: ' + el.scrollWidth + 'px in ' + el.clientWidth + 'px');
              }
            }
            const userMenu = document.getElementById('user-menu').getBoundingClientRect();
            if (userMenu.right > width + 1) problems.push('user menu at ' + Math.round(userMenu.left) + '..' + Math.round(userMenu.right));
            for (const button of main.querySelectorAll('vaadin-button[theme~="primary"]')) {
              const b = button.getBoundingClientRect();
              if (b.width > 0 && (b.left < 0 || b.right > width + 1)) {
                problems.push('button "' + button.textContent.trim() + '" at ' + Math.round(b.left) + '..' + Math.round(b.right));
              }
            }
            for (const grid of main.querySelectorAll('vaadin-grid')) {
              const g = grid.getBoundingClientRect();
              if (g.width > 0 && (g.width < Math.min(0.8 * box.width, 320) || g.height < 150)) {
                problems.push('list ' + grid.id + ' squeezed to ' + Math.round(g.width) + '×' + Math.round(g.height));
              }
            }
            const map = main.querySelector('.map-canvas');
            if (map) {
              const m = map.getBoundingClientRect();
              if (m.width < 0.8 * box.width || m.height < 0.4 * window.innerHeight) {
                problems.push('map is ' + Math.round(m.width) + '×' + Math.round(m.height));
              }
            }
            return problems;
            """;

    @Autowired JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"390, 844", "820, 1180", "1280, 800"})
    void everyMainPageFitsTheScreen(int width, int height) throws Exception {
        String journey = jdbc.queryForObject(
                "select id::text from journey where name = 'Overstappen naar Zonnestroom'", String.class);
        Browser browser = newBrowser("en-US");
        browser.viewport(width, height);
        logIn(browser, "cx@demo-energy.example", DEMO_PASSWORD);

        List<String> problems = new ArrayList<>();
        for (String path : List.of("/", "/journeys", "/journeys/" + journey, "/journeys/" + journey + "/responsibilities",
                "/actions", "/actions/mine", "/actions/board", "/kpis", "/mining", "/follow-up", "/brand",
                "/notifications", "/disciplines", "/profile")) {
            browser.open(path);
            browser.find("#main-content");
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) browser.js(PROBLEMS, width >= 1024);
            found.forEach(problem -> problems.add(path + ": " + problem));
            snap(browser, width + path.replace('/', '_'));
        }
        // on a phone or tablet the menu is a drawer: closed over the page, opened with its toggle; on a laptop beside it
        assertThat(browser.js("return document.querySelector('vaadin-app-layout').hasAttribute('overlay')"))
                .isEqualTo(width < 1024);
        assertThat(problems).isEmpty();
    }
}
