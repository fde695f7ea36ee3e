package app.momentum.governance;

import app.momentum.testsupport.SqlStatements;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.ActionBackdating;
import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionData;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.brand.BrandService;
import app.momentum.governance.Portfolio.Card;
import app.momentum.governance.Portfolio.Filter;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyService.JourneyData;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.measurement.survey.SurveyFiles;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.measurement.survey.SurveyImportService.ImportRequest;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The portfolio's cards against PostgreSQL: each journey's figures from the journey, action and measurement modules,
 * the filters, other tenants' journeys absent, the CSV of what the filter shows, and a number of queries that does not
 * grow with the number of journeys.
 */
@SpringBootTest
class PortfolioTest {

    /** Welcome: mean 8.5, meets its 7+ target; First bill: mean 4.5, misses it. */
    static final String SURVEY = """
            Respondent;NPS;Welcome;First bill
            r1;10;9;5
            r2;9;8;4
            r3;8;9;5
            r4;7;8;4
            """;

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired BrandService brand;
    @Autowired ActionService actions;
    @Autowired ActionBackdating backdating;
    @Autowired SurveyImportService surveys;
    @Autowired Portfolio portfolio;
    @Autowired PortfolioExport export;
    @Autowired LifeCycle lifeCycle;
    @Autowired EntityManagerFactory entityManagerFactory;

    TestTenant tenant;
    UUID persona;
    Journey alpha;
    Journey beta;

    @BeforeEach
    void twoJourneysWithFigures() {
        tenant = fixture.create("portfolio");
        tenant.loginAs(Role.CX_MANAGER);
        persona = brand.savePersona(null, null, new BrandService.PersonaData("Young family", null, null, null, null,
                List.of(), null)).getId();
        alpha = journeys.create(new JourneyData("Alpha move", JourneyType.SIGNATURE_JOURNEY, persona, null, null, null,
                tenant.user(Role.CONTRIBUTOR).getId(), LifecycleStage.MAPPING), List.of("Arrive"));
        beta = journeys.create(new JourneyData("Beta claim", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null, null,
                null, null, LifecycleStage.MAKING), List.of("Claim"));
        Journey archived = journeys.create(new JourneyData("Gamma old", JourneyType.SIGNATURE_JOURNEY, null, null, null,
                null, null, LifecycleStage.MINING), List.of());
        journeys.setArchived(archived.getId(), true);

        Phase phase = maps.load(alpha.getId()).momentsByPhase().keySet().iterator().next();
        Moment welcome = maps.addMoment(phase.getId(), "Welcome");
        Moment bill = maps.addMoment(phase.getId(), "First bill");
        Map<String, UUID> columns = new LinkedHashMap<>();
        columns.put("Welcome", welcome.getId());
        columns.put("First bill", bill.getId());
        surveys.importNow(new ImportRequest(alpha.getId(), "q3.csv", SurveyFiles.mapping(columns), 7,
                LocalDate.of(2026, 7, 1)), SurveyFiles.write(SURVEY));
        // the latest survey counts: only Welcome measured, and met
        surveys.importNow(new ImportRequest(alpha.getId(), "q4.csv", SurveyFiles.mapping(Map.of("Welcome", welcome.getId())), 7,
                LocalDate.of(2026, 10, 1)), SurveyFiles.write(SURVEY.replace(";First bill", "").replaceAll(";[45]\n", "\n")));

        UUID owner = tenant.user(Role.CONTRIBUTOR).getId();
        actions.create(action(alpha, "Call new customers", owner, LocalDate.now().plusDays(10)), ActionStatus.PLANNED);
        var late = actions.create(action(alpha, "Fix the bill", owner, LocalDate.now().plusDays(3)), ActionStatus.PLANNED);
        backdating.dueOn(late.getId(), LocalDate.now().minusDays(2));
        actions.create(action(alpha, "An idea", null, null), ActionStatus.IDEA);
        var dropped = actions.create(action(alpha, "Dropped one", null, null), ActionStatus.IDEA);
        actions.changeStatus(dropped.getId(), dropped.getVersion(), ActionStatus.DROPPED, "Not worth it");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void eachActiveJourneyHasItsFiguresFromEveryModule() {
        List<Card> cards = portfolio.cards(Filter.none());

        assertThat(cards).extracting(Card::name).containsExactly("Alpha move", "Beta claim");
        Card a = cards.get(0);
        assertThat(a.type()).isEqualTo(JourneyType.SIGNATURE_JOURNEY);
        assertThat(a.ownerName()).isEqualTo(tenant.user(Role.CONTRIBUTOR).getDisplayName());
        assertThat(a.personaName()).isEqualTo("Young family");
        assertThat(a.stage()).isEqualTo(LifecycleStage.MAPPING);
        assertThat(a.momentsMeetingTarget()).isEqualTo(1);
        assertThat(a.momentsMeasured()).isEqualTo(1);
        assertThat(a.lastSurvey()).contains(LocalDate.of(2026, 10, 1));
        assertThat(a.openActions()).isEqualTo(3);
        assertThat(a.overdueActions()).isEqualTo(1);
        assertThat(a.checkStatus()).isNotNull();

        Card b = cards.get(1);
        assertThat(b.ownerName()).isEmpty();
        assertThat(b.personaName()).isEmpty();
        assertThat(b.stage()).isEqualTo(LifecycleStage.MAKING);
        assertThat(b.momentsMeasured()).isZero();
        assertThat(b.lastSurvey()).isEmpty();
        assertThat(b.openActions()).isZero();
        assertThat(b.overdueActions()).isZero();
        assertThat(b.cycle()).isEqualTo(1);

        assertThat(portfolio.byStage(Filter.none()).get(LifecycleStage.MAKING)).extracting(Card::name)
                .containsExactly("Beta claim");
        assertThat(portfolio.byStage(Filter.none()).get(LifecycleStage.MINING)).isEmpty();
    }

    @Test
    void filtersNarrowTheCards() {
        assertThat(names(new Filter("ALPHA", null, null, null, false, false))).containsExactly("Alpha move");
        assertThat(names(new Filter(null, JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null, false, false)))
                .containsExactly("Beta claim");
        assertThat(names(new Filter(null, null, tenant.user(Role.CONTRIBUTOR).getId(), null, false, false)))
                .containsExactly("Alpha move");
        assertThat(names(new Filter(null, null, null, persona, false, false))).containsExactly("Alpha move");
        assertThat(names(new Filter("claim", JourneyType.SIGNATURE_JOURNEY, null, null, false, false))).isEmpty();
        // just created and changed: nothing is stale yet
        assertThat(names(new Filter(null, null, null, null, true, false))).isEmpty();
        // whatever the gates say: gate failing only shows exactly the cards marked failing
        assertThat(portfolio.cards(new Filter(null, null, null, null, false, true)))
                .allMatch(Card::gateFailing)
                .extracting(Card::name)
                .containsExactlyElementsOf(portfolio.cards(Filter.none()).stream().filter(Card::gateFailing)
                        .map(Card::name).toList());
    }

    @Test
    void anotherTenantSeesOnlyItsOwnJourneysAndCounts() {
        TestTenant other = fixture.create("portfolio-other");
        other.loginAs(Role.EXECUTIVE);
        assertThat(portfolio.cards(Filter.none())).isEmpty();

        other.loginAs(Role.CX_MANAGER);
        Journey own = journeys.create(new JourneyData("Other tenant's", JourneyType.SIGNATURE_JOURNEY, null, null, null,
                null, null, LifecycleStage.MAPPING), List.of());
        other.loginAs(Role.EXECUTIVE);
        List<Card> cards = portfolio.cards(Filter.none());
        assertThat(cards).extracting(Card::journeyId).containsExactly(own.getId());
        assertThat(cards.getFirst().openActions()).isZero();
        assertThat(cards.getFirst().lastSurvey()).isEmpty();

        tenant.loginAs(Role.EXECUTIVE);
        assertThat(names(Filter.none())).containsExactly("Alpha move", "Beta claim");
    }

    @Test
    void theCsvHoldsTheFilteredJourneysWithFormulasNeutralised() {
        tenant.loginAs(Role.CX_MANAGER);
        journeys.create(new JourneyData("=HYPERLINK(\"x\")", JourneyType.SIGNATURE_JOURNEY, null, null, null, null,
                null, LifecycleStage.MAPPING), List.of());

        String all = new String(export.csv(Filter.none(), Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(all).startsWith("\uFEFFName,Type,Life-cycle stage,Cycle,Journey owner,Persona,Signature check,");
        assertThat(all).contains("\r\n\"'=HYPERLINK(\"\"x\"\")\",");
        assertThat(all).contains("Alpha move,").contains(",1/1,3,1,2026-10-01,");
        assertThat(all.split("\r\n")).hasSize(4);

        String filtered = new String(export.csv(new Filter("alpha", null, null, null, false, false),
                Locale.forLanguageTag("nl")), StandardCharsets.UTF_8);
        assertThat(filtered.split("\r\n")).hasSize(2);
        assertThat(filtered).contains("Alpha move;").startsWith("\uFEFFNaam;").doesNotContain("Beta claim");
    }

    /**
     * The portfolio's own reads are a fixed number of statements; what {@link LifeCycle#states()} costs is the life
     * cycle's (measured apart and left out here).
     */
    @Test
    void theNumberOfQueriesDoesNotGrowWithTheJourneys() {
        long few = statementsFor(() -> portfolio.cards(Filter.none())) - statementsFor(lifeCycle::states);
        for (int i = 0; i < 10; i++) {
            Journey extra = journeys.create(new JourneyData("Extra " + i, JourneyType.SIGNATURE_JOURNEY, persona, null,
                    null, null, tenant.user(Role.CX_MANAGER).getId(), LifecycleStage.MAPPING), List.of("One"));
            actions.create(action(extra, "Action " + i, null, null), ActionStatus.IDEA);
        }
        long many = statementsFor(() -> assertThat(portfolio.cards(Filter.none())).hasSize(12))
                - statementsFor(lifeCycle::states);

        assertThat(many).as("statements for 12 journeys against %d for 2", few).isEqualTo(few);
    }

    private long statementsFor(Runnable work) {
        return SqlStatements.during(entityManagerFactory, work);
    }

    private List<String> names(Filter filter) {
        return portfolio.cards(filter).stream().map(Card::name).toList();
    }

    private static ActionData action(Journey journey, String title, UUID owner, LocalDate due) {
        return new ActionData(journey.getId(), List.of(), title, null, ActionType.FUNCTIONAL_FIX, null, owner, List.of(),
                due, Priority.MEDIUM, null, null, null, Effort.S);
    }
}
