package app.momentum.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.ActionService;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.journey.JourneyService;
import app.momentum.maturity.MaturityScans;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.MemberService;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.Tenant;
import app.momentum.base.TenantContext;
import app.momentum.tenancy.internal.TenantRepository;
import app.momentum.user.AppUser;
import app.momentum.user.internal.AppUserRepository;
import tools.jackson.databind.JsonNode;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every view speaks Dutch to a Dutch user: each route of the route registry is rendered in English and in Dutch,
 * for every role that may open it, in the seeded demo tenant, and every visible text (text nodes, labels, helper
 * texts, placeholders, titles, grid headers and cells, item captions of selects, chart titles and names, the page
 * title), also of the dialogs the view's create and edit buttons open, is compared element by element. A text that
 * is the same in both languages is a missing translation,
 * unless it is user data (any text stored in the database) or one of the few words Dutch shares with English.
 */
@SpringBootTest
@ViewPackages(packages = "app.momentum")
class DutchEverywhereViewTest extends SpringBrowserlessTest {

    /**
     * Whole texts that are the same in Dutch, each with its reason; keep this list short. Single letters (n, the
     * RACI letters) count as symbols, not words, and are never reported.
     */
    static final Map<String, String> SAME_IN_BOTH = Map.ofEntries(
            Map.entry("Momentum", "the product's name"),
            Map.entry("English", "each language is named in its own language, so everyone finds theirs"),
            Map.entry("Nederlands", "each language is named in its own language, so everyone finds theirs"),
            Map.entry("Signature journey", "DOMAIN.md: the Dutch term is signature journey"),
            Map.entry("Persona", "DOMAIN.md: persona / persona"),
            Map.entry("Discipline", "DOMAIN.md: discipline / discipline"),
            Map.entry("Disciplines", "DOMAIN.md: discipline / discipline, plural disciplines in both"),
            Map.entry("Moment", "DOMAIN.md: moment / moment"),
            Map.entry("RACI", "the method's name, used as is in Dutch"),
            Map.entry("KPI", "abbreviation used as is in Dutch"),
            Map.entry("NPS", "abbreviation used as is in Dutch"),
            Map.entry("Status", "the Dutch word is status"),
            Map.entry("Open", "the Dutch word is open"),
            Map.entry("Segment", "the Dutch word is segment"),
            Map.entry("Impact", "the Dutch word is impact"),
            Map.entry("Trends", "the Dutch word is trend, plural trends"),
            Map.entry("Compact", "the Dutch word is compact"),
            Map.entry("Pay-off", "DOMAIN.md: pay-off / pay-off"),
            Map.entry("Context", "the Dutch word is context (a persona's situation)"),
            Map.entry("Urgent", "the Dutch word is urgent (an action's highest priority)"),
            Map.entry("Baselines", "Dutch project language says baseline, plural baselines"),
            Map.entry("Portfolio", "the Dutch word is portfolio (the menu entry of the portfolio board)"),
            Map.entry("Define", "Smith & Wheeler's step and maturity quadrant, named as is in Dutch (as in the scan's CSV)"),
            Map.entry("Design", "Smith & Wheeler's step and maturity quadrant, named as is in Dutch (as in the scan's CSV)"),
            Map.entry("Equip", "Smith & Wheeler's step and maturity quadrant, named as is in Dutch (as in the scan's CSV)"),
            Map.entry("Sustain", "Smith & Wheeler's step and maturity quadrant, named as is in Dutch (as in the scan's CSV)"));

    @Autowired TenantRepository tenants;
    @Autowired AppUserRepository users;
    @Autowired JourneyService journeys;
    @Autowired ActionService actions;
    @Autowired MemberService members;
    @Autowired JdbcTemplate jdbc;
    @Autowired MaturityScans scans;

    private Tenant tenant;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void everyViewIsDutchForADutchUser() {
        tenant = TenantContext.callGlobal(() -> tenants.findBySlug("demo-energy")).orElseThrow();
        Map<String, Supplier<String>> parameters = routeParameters();
        parameters.get("roundId").get(); // opens a scan round when the demo has none, before the stored texts are read
        Set<String> userData = storedTexts();
        // -Ddutch.only=<route template> checks one route while fixing it
        String only = System.getProperty("dutch.only");
        List<RouteData> routes = new ArrayList<>(RouteConfiguration.forApplicationScope().getAvailableRoutes());
        // views of the application, not the small test views some component tests register
        routes.removeIf(route -> route.getNavigationTarget().getProtectionDomain().getCodeSource().getLocation()
                .getPath().contains("test-classes"));
        routes.sort(Comparator.comparing(RouteData::getTemplate));
        if (only != null) {
            routes.removeIf(route -> !route.getTemplate().equals(only));
        }
        assertThat(routes).as("routes found in the registry").hasSizeGreaterThan(only == null ? 15 : 0);

        List<String> untranslated = new ArrayList<>();
        for (RouteData route : routes) {
            for (Login login : loginsFor(route.getNavigationTarget())) {
                String location = location(route.getTemplate(), parameters);
                Map<String, String> english = render(location, login, MomentumI18NProvider.ENGLISH);
                Map<String, String> dutch = render(location, login, MomentumI18NProvider.DUTCH);
                english.forEach((where, text) -> {
                    if (text.equals(dutch.get(where)) && !excused(text, userData)) {
                        untranslated.add(location + " as " + login.name() + " at " + where + ": \"" + text + "\"");
                    }
                });
            }
        }
        // the whole list, for reading when it is long
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target/untranslated.txt"), untranslated);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(untranslated).as("texts that stay English in Dutch").isEmpty();
        if (only == null) {
            assertThat(openedDialogs).as("every dialog opener was found and clicked").isEqualTo(DIALOG_OPENERS);
        }
    }

    // ------------------------------------------------------------------ who opens which route

    private record Login(String name, Runnable apply) {
    }

    private List<Login> loginsFor(Class<? extends Component> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return List.of(new Login("anonymous", TestLogin::logout));
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        if (allowed != null && Arrays.asList(allowed.value()).contains("PLATFORM_ADMIN")) {
            AppUser admin = user("platform@demo.example");
            return List.of(new Login("platform admin", () -> TestLogin.as(admin, null, null)));
        }
        List<Login> logins = new ArrayList<>();
        for (Role role : Role.values()) {
            if (allowed == null && view.isAnnotationPresent(PermitAll.class)
                    || allowed != null && Arrays.asList(allowed.value()).contains(role.name())) {
                AppUser member = user(MAILBOX.get(role) + "@demo-energy.example");
                logins.add(new Login(role.name(), () -> TestLogin.as(member, tenant, role)));
            }
        }
        return logins;
    }

    private static final Map<Role, String> MAILBOX = Map.of(Role.TENANT_ADMIN, "admin", Role.CX_MANAGER, "cx",
            Role.CONTRIBUTOR, "contributor", Role.EXECUTIVE, "exec");

    private AppUser user(String email) {
        return TenantContext.callGlobal(() -> users.findByEmail(email)).orElseThrow();
    }

    /** A value for each route parameter, from the demo data; a new parameter needs an entry here. */
    private Map<String, Supplier<String>> routeParameters() {
        return Map.of(
                "journeyId", () -> asCx(() -> journeys.list(JourneyService.JourneyFilter.active(), PageRequest.of(0, 1))
                        .getFirst().getId().toString()),
                "actionId", () -> asCx(() -> actions.list(new ActionService.ActionFilter(null, null, null, null, null,
                        false, null), PageRequest.of(0, 1)).getFirst().getId().toString()),
                "memberId", () -> as(Role.TENANT_ADMIN, () -> members.listMembers().getFirst().getId().toString()),
                // a demo round, or one opened for this test when the demo has none
                "roundId", () -> asCx(() -> scans.rounds().stream().findFirst().map(r -> r.id().toString())
                        .orElseGet(() -> scans.openRound("Scan", List.of(user("cx@demo-energy.example").getId(),
                                user("contributor@demo-energy.example").getId()), java.time.LocalDate.now().plusDays(7))
                                .toString())),
                // a stored board report's period; without a stored file the page says so, in Dutch too
                "period", () -> "2026-Q3");
    }

    private String asCx(Supplier<String> query) {
        return as(Role.CX_MANAGER, query);
    }

    private String as(Role role, Supplier<String> query) {
        TestLogin.as(user(MAILBOX.get(role) + "@demo-energy.example"), tenant, role);
        try {
            return query.get();
        } finally {
            TestLogin.logout();
        }
    }

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)[^/]*");

    private static String location(String template, Map<String, Supplier<String>> parameters) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder location = new StringBuilder();
        while (matcher.find()) {
            Supplier<String> value = parameters.get(matcher.group(1));
            assertThat(value).as("a demo value for route parameter " + matcher.group(1) + " of " + template).isNotNull();
            matcher.appendReplacement(location, value.get());
        }
        return matcher.appendTail(location).toString();
    }

    // ------------------------------------------------------------------ rendering and collecting texts

    /** Renders the location in a fresh UI (so nothing stays from the other language) and collects its texts. */
    private Map<String, String> render(String location, Login login, Locale locale) {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        login.apply().run();
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        // the fresh UI already shows a first view, built before the locale was set; navigating to the same route
        // would keep that instance
        UI.getCurrent().refreshCurrentRoute(true);
        navigate(location, Component.class);
        roundTrip(); // what a component attaches just before the response (a tab sheet's selected content)
        Map<String, String> texts = new LinkedHashMap<>();
        HasElement view = getCurrentView();
        if (view instanceof HasDynamicTitle titled) {
            texts.put("page title", titled.getPageTitle());
        }
        collect(UI.getCurrent().getElement(), "ui", texts, new HashSet<>());
        openDialogs(view, texts);
        otherTabs(view, texts);
        return texts;
    }

    /**
     * The buttons that open a form in a dialog and store nothing by being clicked; each dialog of the rendered view
     * is opened, read and closed, so its labels, helpers and buttons are checked too.
     */
    static final Set<String> DIALOG_OPENERS = Set.of("new-action", "new-journey", "edit-journey", "edit-phases", "add-brand-value",
            "add-persona", "add-principle", "add-member", "api-tokens-new", "kpis-new", "kpis-import", "mining-import",
            "new-tenant", "maturity-open");

    private final Set<String> openedDialogs = new TreeSet<>();

    private void openDialogs(HasElement view, Map<String, String> texts) {
        List<Button> openers = new ArrayList<>();
        for (Button button : all(view, Button.class)) {
            if (button.getId().filter(DIALOG_OPENERS::contains).isPresent() && button.isEnabled() && button.isVisible()) {
                openers.add(button);
            }
        }
        for (Button opener : openers) {
            readDialog(opener.getId().orElseThrow(), () -> test(opener).click(), texts);
        }
        // openers in a menu (the map's "More"): their items are not in the view's tree until the menu opens
        for (com.vaadin.flow.component.menubar.MenuBar bar : all(view, com.vaadin.flow.component.menubar.MenuBar.class)) {
            for (var top : bar.getItems()) {
                for (var item : top.getSubMenu().getItems()) {
                    if (item.getId().filter(DIALOG_OPENERS::contains).isPresent() && item.isEnabled()) {
                        readDialog(item.getId().orElseThrow(), () -> com.vaadin.flow.component.ComponentUtil.fireEvent(item,
                                new com.vaadin.flow.component.ClickEvent<>(item)), texts);
                    }
                }
            }
        }
    }

    private void readDialog(String id, Runnable open, Map<String, String> texts) {
        openedDialogs.add(id);
        open.run();
        List<Dialog> opened = $(Dialog.class).all().stream().filter(Dialog::isOpened).toList();
        assertThat(opened).as("the dialog opened by #" + id).isNotEmpty();
        for (Dialog dialog : opened) {
            collect(dialog.getElement(), "dialog of #" + id, texts, new HashSet<>());
            dialog.close();
        }
    }

    /**
     * A tab sheet attaches only its selected tab's content: select every other tab in turn and read it too (with the
     * dialogs it opens), so no tab of a view goes unchecked.
     */
    private void otherTabs(HasElement view, Map<String, String> texts) {
        List<TabSheet> sheets = all(view, TabSheet.class);
        for (int s = 0; s < sheets.size(); s++) {
            TabSheet sheet = sheets.get(s);
            int selected = sheet.getSelectedIndex();
            for (int t = 0; t < sheet.getTabCount(); t++) {
                if (t != selected) {
                    sheet.setSelectedIndex(t);
                    roundTrip(); // the sheet attaches the selected content before the response
                    Component content = sheet.getComponent(sheet.getTabAt(t));
                    collect(content.getElement(), "sheet" + s + "/tab" + t, texts, new HashSet<>());
                    openDialogs(content, texts);
                }
            }
        }
    }

    /** The attached components of this type in and under {@code root}, found through the element tree. */
    private static <T extends Component> List<T> all(HasElement root, Class<T> type) {
        List<T> found = new ArrayList<>();
        walk(root.getElement(), element -> element.getComponent().filter(type::isInstance).map(type::cast)
                .ifPresent(found::add), new HashSet<>());
        return found;
    }

    private static void walk(Element element, java.util.function.Consumer<Element> visit, Set<Element> seen) {
        if (!seen.add(element)) {
            return;
        }
        visit.accept(element);
        element.getChildren().forEach(child -> walk(child, visit, seen));
        element.getComponent().ifPresent(component -> component.getChildren()
                .forEach(child -> walk(child.getElement(), visit, seen)));
    }

    private static final List<String> TEXT_PROPERTIES = List.of("label", "helperText", "placeholder", "title",
            "errorMessage", "accessibleName", "header", "headerText", "summary", "text");
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "aria-label", "placeholder", "alt", "label");
    private static final Set<String> CHART_TEXT_KEYS = Set.of("name", "text", "subtext", "formatter");

    private void collect(Element element, String path, Map<String, String> texts, Set<Element> seen) {
        if (!seen.add(element)) {
            return;
        }
        if (element.isTextNode()) {
            put(texts, path, element.getText());
            return;
        }
        for (String property : TEXT_PROPERTIES) {
            if (element.getPropertyRaw(property) instanceof String value) {
                put(texts, path + "." + property, value);
            }
        }
        for (String attribute : TEXT_ATTRIBUTES) {
            put(texts, path + "@" + attribute, element.getAttribute(attribute));
        }
        if (element.getPropertyRaw("i18n") instanceof JsonNode i18n) {
            json(i18n, path + ".i18n", texts, null);
        }
        if (element.getPropertyRaw("option") instanceof JsonNode option) {
            json(option, path + ".option", texts, CHART_TEXT_KEYS);
        }
        element.getComponent().ifPresent(component -> componentTexts(component, path, texts));
        List<Element> children = element.getChildren().toList();
        for (int i = 0; i < children.size(); i++) {
            collect(children.get(i), path + "/" + i, texts, seen);
        }
        // dialogs and notifications may hang off a component rather than its element
        element.getComponent().ifPresent(component -> {
            List<Component> childComponents = component.getChildren().toList();
            for (int i = 0; i < childComponents.size(); i++) {
                collect(childComponents.get(i).getElement(), path + "/c" + i, texts, seen);
            }
        });
    }

    private void componentTexts(Component component, String path, Map<String, String> texts) {
        if (component instanceof Grid<?> grid) {
            List<? extends Grid.Column<?>> columns = grid.getColumns();
            for (int c = 0; c < columns.size(); c++) {
                put(texts, path + ".header" + c, columns.get(c).getHeaderText());
            }
            GridTester<?, ?> tester = test(grid);
            int rows = Math.min(tester.size(), 15);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).isVisible()) {
                        try {
                            put(texts, path + ".cell" + r + "," + c, tester.getCellText(r, c));
                        } catch (RuntimeException notText) {
                            // a component column: its components are not in the tree; nothing to read as text
                        }
                    }
                }
            }
        }
        itemLabels(component, path, texts);
    }

    /** Captions of the items of selects, combo boxes, radio and checkbox groups. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void itemLabels(Component component, String path, Map<String, String> texts) {
        try {
            var generatorMethod = component.getClass().getMethod("getItemLabelGenerator");
            var generator = (com.vaadin.flow.component.ItemLabelGenerator) generatorMethod.invoke(component);
            var dataProviderMethod = component.getClass().getMethod("getDataProvider");
            Object provider = dataProviderMethod.invoke(component);
            if (generator == null || !(provider instanceof DataProvider dataProvider)) {
                return;
            }
            List<Object> items = (List<Object>) dataProvider.fetch(new Query<>(0, 30, null, null, null))
                    .collect(Collectors.toList());
            for (int i = 0; i < items.size(); i++) {
                put(texts, path + ".item" + i, generator.apply(items.get(i)));
            }
        } catch (ReflectiveOperationException | RuntimeException notAnItemComponent) {
            // no items to caption
        }
    }

    private static void json(JsonNode node, String path, Map<String, String> texts, Set<String> keys) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                JsonNode value = entry.getValue();
                if (value.isString()) {
                    if (keys == null || keys.contains(entry.getKey())) {
                        put(texts, path + "." + entry.getKey(), value.asString());
                    }
                } else {
                    json(value, path + "." + entry.getKey(), texts, keys);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode value = node.get(i);
                if (value.isString() && keys == null) {
                    put(texts, path + "[" + i + "]", value.asString());
                } else {
                    json(value, path + "[" + i + "]", texts, keys);
                }
            }
        }
    }

    private static void put(Map<String, String> texts, String path, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(path, text.strip().replaceAll("\\s+", " "));
        }
    }

    // ------------------------------------------------------------------ what may be equal

    /** Equal in both languages for a good reason: no words, only user data, or a word Dutch shares with English. */
    static boolean excused(String text, Set<String> userData) {
        if (userData.contains(text) || SAME_IN_BOTH.containsKey(text)) {
            return true;
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll(" ");
        for (String data : userData) {
            if (data.length() >= 2 && rest.contains(data)) {
                rest = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(data) + "(?![\\p{L}\\p{N}])")
                        .matcher(rest).replaceAll(" ");
            }
        }
        rest = NOT_A_WORD.matcher(" " + rest + " ").replaceAll(" ").strip();
        return !LETTER.matcher(rest).find() || SAME_IN_BOTH.containsKey(rest);
    }

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** A chart template's {a}, {b}, {c}: filled in by the chart, not text. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w*}");
    /** Numbers, punctuation, symbols and single letters (n, R12-157's R) between words. */
    private static final Pattern NOT_A_WORD = Pattern.compile("(?:[\\p{N}\\p{P}\\p{S}\\s]|(?<![\\p{L}])\\p{L}(?![\\p{L}]))+");

    /** Every text stored in the database: journey names, moment titles, people's names and the like. */
    private Set<String> storedTexts() {
        Set<String> texts = new TreeSet<>(Comparator.comparing(String::length).reversed().thenComparing(s -> s));
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = 'public' and data_type in ('text', 'character varying')
                  and table_name not like 'flyway%'""");
        for (Map<String, Object> column : columns) {
            // no limit: with the whole suite's data in the database a limit left out demo names the pages show
            String sql = "select distinct \"%s\" from \"%s\" where length(\"%s\") between 1 and 300"
                    .formatted(column.get("column_name"), column.get("table_name"), column.get("column_name"));
            texts.addAll(jdbc.queryForList(sql, String.class).stream()
                    .map(s -> s.strip().replaceAll("\\s+", " ")).toList());
        }
        return texts;
    }
}
