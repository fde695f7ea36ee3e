package app.momentum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.internal.KpiMeasurementRepository;
import app.momentum.measurement.KpiScope;
import app.momentum.measurement.KpiService;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.base.TenantContext;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.testsupport.TestDatabaseEnvironment;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

/**
 * The API through the real security filter chain (MockMvc on the application's own context): tokens, scopes,
 * tenant isolation, round trips and problem responses.
 */
@SpringBootTest
class ApiHttpTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired WebApplicationContext context;
    @Autowired TenantFixture fixture;
    @Autowired ApiTokenService tokens;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired KpiService kpis;
    @Autowired KpiMeasurementRepository measurements;

    MockMvc mvc;
    TestTenant energy;
    TestTenant bank;
    String energyRead;
    String energyWrite;
    Journey bankJourney;
    Kpi bankKpi;

    @BeforeEach
    void twoTenants() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        energy = fixture.create("api-energy");
        bank = fixture.create("api-bank");
        energyRead = ApiTestSupport.token(tokens, energy, ApiTokenScope.READ);
        energyWrite = ApiTestSupport.token(tokens, energy, ApiTokenScope.READ_WRITE);
        bank.loginAs(Role.CX_MANAGER);
        bankJourney = journeys.create(new JourneyService.JourneyData("Secret bank journey", JourneyType.SIGNATURE_JOURNEY,
                null, null, null, null, null, LifecycleStage.MAPPING), List.of("Bank phase"));
        bankKpi = kpis.create(new KpiService.KpiData("Secret bank KPI", null, null, null, true, KpiScope.TENANT, null, null));
        energy.loginAs(Role.CX_MANAGER);
        journeys.create(new JourneyService.JourneyData("Energy journey", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY,
                null, null, null, null, null, LifecycleStage.MAPPING), List.of("Orientation"));
        TestLogin.logout();
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void withoutATokenTheApiAnswers401ProblemWithABearerChallenge() throws Exception {
        mvc.perform(get("/api/v1/journeys"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("api.error.missingToken"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Authorization: Bearer")));
        mvc.perform(post("/api/v1/journeys").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongOrRevokedTokenIs401AndNeverASession() throws Exception {
        as("mtm_this-token-does-not-exist", get("/api/v1/journeys"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token")))
                .andExpect(jsonPath("$.code").value("api.error.invalidToken"));
        mvc.perform(get("/api/v1/journeys").header("Authorization", "Basic " + energyRead))
                .andExpect(status().isUnauthorized());

        energy.loginAs(Role.TENANT_ADMIN);
        ApiTokenService.CreatedToken doomed = tokens.create("Doomed", ApiTokenScope.READ);
        tokens.revoke(doomed.token().getId());
        TestLogin.logout();
        as(doomed.plaintext(), get("/api/v1/journeys")).andExpect(status().isUnauthorized());

        var ok = as(energyRead, get("/api/v1/journeys")).andExpect(status().isOk()).andReturn();
        assertThat(ok.getRequest().getSession(false)).isNull();
        assertThat(ok.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aReadTokenMayReadButNotWrite() throws Exception {
        as(energyRead, get("/api/v1/kpis")).andExpect(status().isOk());
        as(energyRead, post("/api/v1/journeys").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Nope\",\"type\":\"SIGNATURE_JOURNEY\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("api.error.readOnlyToken"));
        energy.loginAs(Role.CX_MANAGER);
        assertThat(journeys.count(JourneyService.JourneyFilter.active())).isEqualTo(1);
    }

    @Test
    void listsOnlyTheTokensOwnJourneysAndKpis() throws Exception {
        as(energyRead, get("/api/v1/journeys"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Energy journey"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Secret"))));
        as(energyRead, get("/api/v1/kpis"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Secret"))));
    }

    @Test
    void pagesAreByNameWithTheTotalAndArchivedJourneysApart() throws Exception {
        energy.loginAs(Role.CX_MANAGER);
        for (String name : List.of("Delta", "Alpha", "Charlie")) {
            journeys.create(new JourneyService.JourneyData(name, JourneyType.SIGNATURE_JOURNEY, null, null, null, null,
                    null, LifecycleStage.MAPPING), List.of("Phase"));
        }
        var archived = journeys.create(new JourneyService.JourneyData("Bravo", JourneyType.SIGNATURE_JOURNEY, null,
                null, null, null, null, LifecycleStage.MAPPING), List.of("Phase"));
        journeys.setArchived(archived.getId(), true);
        TestLogin.logout();

        // a full first page: the total counts them all
        as(energyRead, get("/api/v1/journeys?size=2"))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Alpha", "Charlie")))
                .andExpect(jsonPath("$.total").value(4));
        as(energyRead, get("/api/v1/journeys?size=2&page=1"))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Delta", "Energy journey")))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.total").value(4));
        as(energyRead, get("/api/v1/journeys?size=2&page=5"))
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.total").value(4));
        as(energyRead, get("/api/v1/journeys?archived=true"))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Bravo")))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void anotherTenantsIdsAreNotFoundAndNothingIsWritten() throws Exception {
        as(energyWrite, get("/api/v1/journeys/" + bankJourney.getId()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("error.notFound"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Secret"))));
        UUID bankPhase = TenantContext.callInTenant(bank.id(), () ->
                maps.load(bankJourney.getId()).momentsByPhase().keySet().iterator().next().getId());
        as(energyWrite, post("/api/v1/journeys/" + bankJourney.getId() + "/moments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"phaseId\":\"" + bankPhase + "\",\"title\":\"Injected\"}"))
                .andExpect(status().isNotFound());
        as(energyWrite, get("/api/v1/kpis/" + bankKpi.getId() + "/measurements")).andExpect(status().isNotFound());
        long before = TenantContext.callAsPlatform(() -> measurements.count());
        as(energyWrite, post("/api/v1/kpis/" + bankKpi.getId() + "/measurements").contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":5,\"periodStart\":\"2026-07-01\",\"periodType\":\"QUARTER\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(TenantContext.callAsPlatform(() -> measurements.count())).isEqualTo(before);
        as(energyWrite, get("/api/v1/journeys/" + UUID.randomUUID())).andExpect(status().isNotFound());
        as(energyWrite, get("/api/v1/journeys/not-a-uuid")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        // the bank's own token still sees its journey: the 404 above is isolation, not a missing row
        String bankRead = ApiTestSupport.token(tokens, bank, ApiTokenScope.READ);
        as(bankRead, get("/api/v1/journeys/" + bankJourney.getId())).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Secret bank journey"));
    }

    @Test
    void createsAJourneyAddsAMomentAndReadsThemBack() throws Exception {
        var created = as(energyWrite, post("/api/v1/journeys").contentType(MediaType.APPLICATION_JSON).content("""
                {"name":"Moving house","type":"SIGNATURE_JOURNEY","description":"From contract to keys",
                 "stage":"MANAGEMENT","phases":["Orientation","Moving day"]}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/journeys/")))
                .andExpect(jsonPath("$.name").value("Moving house"))
                // the stage moves only through the life-cycle gates: a stage sent along is ignored
                .andExpect(jsonPath("$.stage").value("MAPPING"))
                .andExpect(jsonPath("$.phases.length()").value(2))
                .andExpect(jsonPath("$.phases[1].name").value("Moving day"))
                .andReturn();
        String body = created.getResponse().getContentAsString();
        String journeyId = com.jayway.jsonpath.JsonPath.read(body, "$.id");
        String phaseId = com.jayway.jsonpath.JsonPath.read(body, "$.phases[1].id");

        as(energyWrite, post("/api/v1/journeys/" + journeyId + "/moments").contentType(MediaType.APPLICATION_JSON).content("""
                {"phaseId":"%s","title":"Keys handed over","targetLevel":"NINE_PLUS","momentOfTruth":true,
                 "nature":"EMOTIONAL","desiredEmotion":3}""".formatted(phaseId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Keys handed over"))
                .andExpect(jsonPath("$.position").value(1));

        as(energyRead, get("/api/v1/journeys/" + journeyId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phases[0].moments.length()").value(0))
                .andExpect(jsonPath("$.phases[1].moments[0].title").value("Keys handed over"))
                .andExpect(jsonPath("$.phases[1].moments[0].targetLevel").value("NINE_PLUS"))
                .andExpect(jsonPath("$.phases[1].moments[0].momentOfTruth").value(true))
                .andExpect(jsonPath("$.phases[1].moments[0].phaseId").value(phaseId));
        energy.loginAs(Role.CX_MANAGER);
        List<Moment> stored = maps.load(UUID.fromString(journeyId)).moments();
        assertThat(stored).extracting(Moment::getTitle).containsExactly("Keys handed over");
    }

    @Test
    void recordsAKpiValueWithSourceApi() throws Exception {
        energy.loginAs(Role.CX_MANAGER);
        Kpi own = kpis.create(new KpiService.KpiData("Energy NPS", null, new BigDecimal("-100"), new BigDecimal("100"), true,
                KpiScope.TENANT, null, null));
        TestLogin.logout();
        as(energyWrite, post("/api/v1/kpis/" + own.getId() + "/measurements").contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":42,\"periodStart\":\"2026-07-01\",\"periodType\":\"QUARTER\",\"sampleSize\":250}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("API"))
                .andExpect(jsonPath("$.sampleSize").value(250));
        as(energyRead, get("/api/v1/kpis/" + own.getId() + "/measurements"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].value").value(42))
                .andExpect(jsonPath("$[0].periodStart").value("2026-07-01"));
        as(energyRead, get("/api/v1/kpis")).andExpect(jsonPath("$[?(@.name == 'Energy NPS')].id").value(own.getId().toString()));

        as(energyWrite, post("/api/v1/kpis/" + own.getId() + "/measurements").contentType(MediaType.APPLICATION_JSON)
                .content("{\"value\":150,\"periodStart\":\"2026-07-01\",\"periodType\":\"QUARTER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.field").value("value"))
                .andExpect(jsonPath("$.detail").value("Enter a value on the scale of this KPI, from -100 to 100."));
        as(energyWrite, post("/api/v1/kpis/" + own.getId() + "/measurements").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "nl-NL")
                .content("{\"value\":10,\"periodStart\":\"2026-08-01\",\"periodType\":\"QUARTER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("periodStart"))
                .andExpect(jsonPath("$.code").value("kpi.error.quarterStart"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kwartaal")));
    }

    @Test
    void invalidInputIsA400ProblemNamingTheField() throws Exception {
        as(energyWrite, post("/api/v1/journeys").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"   \",\"type\":\"SIGNATURE_JOURNEY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        as(energyWrite, post("/api/v1/journeys").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Valid\",\"type\":\"NO_SUCH_TYPE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"));
        as(energyWrite, post("/api/v1/journeys").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("api.error.malformedJson"));
        String journeyId = com.jayway.jsonpath.JsonPath.read(as(energyWrite, post("/api/v1/journeys")
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Emotions\",\"type\":\"SIGNATURE_JOURNEY\",\"phases\":[\"One\"]}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String phaseId = com.jayway.jsonpath.JsonPath.read(as(energyRead, get("/api/v1/journeys/" + journeyId))
                .andReturn().getResponse().getContentAsString(), "$.phases[0].id");
        as(energyWrite, post("/api/v1/journeys/" + journeyId + "/moments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"phaseId\":\"" + phaseId + "\",\"title\":\"Too happy\",\"desiredEmotion\":9}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("desiredEmotion"))
                .andExpect(jsonPath("$.code").value("journey.error.desiredEmotion"));
        as(energyRead, get("/api/v1/journeys/" + journeyId)).andExpect(jsonPath("$.phases[0].moments.length()").value(0));
    }

    @Test
    void aMomentNeedsNoPhaseIdWhenTheJourneyHasOnePhaseAndIsToldThePhasesOtherwise() throws Exception {
        String single = created("{\"name\":\"One phase\",\"type\":\"SIGNATURE_JOURNEY\",\"phases\":[\"Only\"]}");
        as(energyWrite, post("/api/v1/journeys/" + single + "/moments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Welcome call\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Welcome call"));
        as(energyRead, get("/api/v1/journeys/" + single))
                .andExpect(jsonPath("$.phases[0].moments[0].title").value("Welcome call"));

        String two = created("{\"name\":\"Two phases\",\"type\":\"SIGNATURE_JOURNEY\",\"phases\":[\"Before\",\"After\"]}");
        String before = com.jayway.jsonpath.JsonPath.read(as(energyRead, get("/api/v1/journeys/" + two))
                .andReturn().getResponse().getContentAsString(), "$.phases[0].id");
        as(energyWrite, post("/api/v1/journeys/" + two + "/moments").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en").content("{\"title\":\"Where?\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.field").value("phaseId"))
                .andExpect(jsonPath("$.code").value("api.error.phaseIdRequired"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("\"Before\" (" + before + ")"),
                        org.hamcrest.Matchers.containsString("\"After\""))));
        as(energyRead, get("/api/v1/journeys/" + two))
                .andExpect(jsonPath("$.phases[0].moments.length()").value(0))
                .andExpect(jsonPath("$.phases[1].moments.length()").value(0));

        String none = created("{\"name\":\"No phase\",\"type\":\"SIGNATURE_JOURNEY\",\"phases\":[]}");
        as(energyWrite, post("/api/v1/journeys/" + none + "/moments").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "nl").content("{\"title\":\"Nergens\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("phaseId"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Deze reis heeft nog geen fase")));
    }

    private String created(String journeyJson) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(as(energyWrite, post("/api/v1/journeys")
                .contentType(MediaType.APPLICATION_JSON).content(journeyJson))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void anUnknownApiPathIsA404Problem() throws Exception {
        as(energyRead, get("/api/v1/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("api.error.noSuchPath"));
        mvc.perform(get("/api/v1/no-such-thing")).andExpect(status().isUnauthorized());
        as(energyWrite, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/kpis"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        as(energyWrite, post("/api/v1/journeys").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void aDemoTokenWorksAtOnce() throws Exception {
        as(TestDatabaseEnvironment.DEMO_ENERGY_API_TOKEN, get("/api/v1/journeys"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
    }

    @Test
    void theOpenApiDocumentIsOpenAndListsOnlyTheApi() throws Exception {
        var document = mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.paths['/api/v1/journeys']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}/moments']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/kpis']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/kpis/{id}/measurements']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/journeys'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys'].post.responses['403'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/journeys/{id}'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/kpis'].get.responses['401']").exists())
                .andReturn().getResponse().getContentAsString();
        List<String> paths = List.copyOf(com.jayway.jsonpath.JsonPath.<java.util.Map<String, Object>>read(document, "$.paths").keySet());
        assertThat(paths).allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
    }

    private ResultActions as(String token, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }
}
