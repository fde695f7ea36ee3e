package app.momentum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Phase;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Survey upload and analyses through the API: the analysis back at once, problems per cell, tokens and tenants. */
@SpringBootTest
class SurveyApiHttpTest {

    private static final String PROBLEM = "application/problem+json";
    static final String SURVEY = app.momentum.measurement.survey.SurveyFiles.FOUR_RESPONDENTS;

    @Autowired WebApplicationContext context;
    @Autowired TenantFixture fixture;
    @Autowired ApiTokenService tokens;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired SurveyImportService surveys;

    MockMvc mvc;
    TestTenant energy;
    String energyRead;
    String energyWrite;
    String bankWrite;
    Journey journey;

    @BeforeEach
    void aJourneyAndTokensOfTwoTenants() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        energy = fixture.create("survey-api-energy");
        TestTenant bank = fixture.create("survey-api-bank");
        energyRead = ApiTestSupport.token(tokens, energy, ApiTokenScope.READ);
        energyWrite = ApiTestSupport.token(tokens, energy, ApiTokenScope.READ_WRITE);
        bankWrite = ApiTestSupport.token(tokens, bank, ApiTokenScope.READ_WRITE);
        energy.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY, null,
                null, null, null, null, LifecycleStage.MAPPING), List.of("Arrive"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        maps.addMoment(phase.getId(), "Welcome");
        maps.addMoment(phase.getId(), "First bill");
        TestLogin.logout();
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void theAnalysisGivesBothImpactMethodsAndPlacesTheMomentsByTheChosenOne() throws Exception {
        String location = as(energyWrite, upload(app.momentum.measurement.survey.SurveyFiles.TEN_RESPONDENTS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.impactMethod").value("EXPERIENCE_EFFECT"))
                .andExpect(jsonPath("$.moments[1].title").value("First bill"))
                .andExpect(jsonPath("$.moments[1].quadrant").value("LOW_SATISFACTION_NEGATIVE_IMPACT"))
                .andExpect(jsonPath("$.moments[1].impact").value(Matchers.closeTo(-0.4247, 1e-4), Double.class))
                .andExpect(jsonPath("$.moments[1].experienceEffect.experienced.nps").value(0.0))
                .andExpect(jsonPath("$.moments[1].experienceEffect.notExperienced.nps").value(80.0))
                .andExpect(jsonPath("$.moments[1].experienceEffect.npsDifference.value").value(-80.0))
                .andExpect(jsonPath("$.moments[1].experienceEffect.npsDifference.lower95")
                        .value(Matchers.closeTo(-165.883, 1e-3), Double.class))
                .andExpect(jsonPath("$.moments[1].experienceEffect.meanDifference.value")
                        .value(Matchers.closeTo(-1.8, 1e-9), Double.class))
                .andExpect(jsonPath("$.moments[1].experienceEffect.unknownBecause").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.moments[1].driver.value").value(Matchers.closeTo(0.5057, 1e-4), Double.class))
                .andExpect(jsonPath("$.moments[1].driver.n").value(5))
                .andExpect(jsonPath("$.moments[1].driver.lower95").value(Matchers.closeTo(-0.6799, 1e-4), Double.class))
                .andExpect(jsonPath("$.cxiItems.needs").value(Matchers.nullValue()))
                .andReturn().getResponse().getHeader("Location");

        as(energyRead, get(location).param("impactMethod", "SATISFACTION_DRIVER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.impactMethod").value("SATISFACTION_DRIVER"))
                .andExpect(jsonPath("$.moments[1].quadrant").value("LOW_SATISFACTION_POSITIVE_IMPACT"))
                .andExpect(jsonPath("$.moments[1].impact").value(Matchers.closeTo(0.5057, 1e-4), Double.class));
        as(energyRead, get(location).param("impactMethod", "GUESSWORK")).andExpect(status().isBadRequest());
    }

    @Test
    void uploadingAFileAnswersWithTheAnalysisAndStoresIt() throws Exception {
        String location = as(energyWrite, upload(SURVEY).param("fieldedOn", "2026-10-01").param("segments", "region")
                        .param("impactMethod", "SATISFACTION_DRIVER"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/surveys/")))
                .andExpect(jsonPath("$.fileName").value("q4.csv"))
                .andExpect(jsonPath("$.fieldedOn").value("2026-10-01"))
                .andExpect(jsonPath("$.respondents").value(4))
                .andExpect(jsonPath("$.nps.value").value(0.0))
                .andExpect(jsonPath("$.nps.n").value(4))
                .andExpect(jsonPath("$.cxi").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.impactOn").value("RECOMMEND"))
                .andExpect(jsonPath("$.impactMethod").value("SATISFACTION_DRIVER"))
                .andExpect(jsonPath("$.segments.length()").value(2))
                .andExpect(jsonPath("$.segments[0].column").value("Region"))
                .andExpect(jsonPath("$.segments[0].value").value("North"))
                // two respondents, below the minimum group size of 10: counted, no figures
                .andExpect(jsonPath("$.segments[0].respondents").value(2))
                .andExpect(jsonPath("$.segments[0].hidden").value(true))
                .andExpect(jsonPath("$.segments[0].nps").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.moments[0].title").value("Welcome"))
                .andExpect(jsonPath("$.moments[0].frequency").value(1.0))
                .andExpect(jsonPath("$.moments[0].meanSatisfaction").value(6.75))
                .andExpect(jsonPath("$.moments[0].quadrant").value("LOW_SATISFACTION_POSITIVE_IMPACT"))
                .andExpect(jsonPath("$.moments[0].impactMethod").value("SATISFACTION_DRIVER"))
                .andExpect(jsonPath("$.moments[0].driver.quadrant").value("LOW_SATISFACTION_POSITIVE_IMPACT"))
                .andExpect(jsonPath("$.moments[0].experienceEffect.unknownBecause").value("EVERYONE_EXPERIENCED"))
                .andExpect(jsonPath("$.moments[0].experienceEffect.impact.value").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.moments[0].targetMet").value(false))
                .andExpect(jsonPath("$.moments[1].frequency").value(0.75))
                .andExpect(jsonPath("$.moments[1].impact").isNumber())
                .andReturn().getResponse().getHeader("Location");

        as(energyRead, get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.respondents").value(4));
        as(energyRead, get("/api/v1/journeys/" + journey.getId() + "/surveys"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].fileName").value("q4.csv"));
    }

    /** Four respondents with a column the automatic mapping does not know and one it should leave out. */
    static final String WITH_EXTRA_COLUMNS = """
            Respondent;Region;NPS;Q12;Easy;Enjoyable;Comment;Welcome;First bill
            r1;North;10;5;5;4;great;9;8
            r2;North;9;4;4;4;;8;
            r3;South;3;2;1;2;slow;4;2
            r4;South;6;3;3;3;;6;5
            """;

    @Test
    void theAnalysisSaysWhatItMappedAndIgnoredAndTheMappingCanBeOverridden() throws Exception {
        // automatically: Q12 (a tool's field name) and Comment are left out, and the CXi (two of three items) is unknown
        String location = as(energyWrite, upload(WITH_EXTRA_COLUMNS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ignoredColumns").value(Matchers.contains("Q12", "Comment")))
                .andExpect(jsonPath("$.mapping[0].column").value("Respondent"))
                .andExpect(jsonPath("$.mapping[0].role").value("RESPONDENT_ID"))
                .andExpect(jsonPath("$.mapping[2].column").value("NPS"))
                .andExpect(jsonPath("$.mapping[2].role").value("RECOMMEND"))
                .andExpect(jsonPath("$.mapping[5].column").value("Welcome"))
                .andExpect(jsonPath("$.mapping[5].role").value("MOMENT"))
                .andExpect(jsonPath("$.mapping[5].momentTitle").value("Welcome"))
                .andExpect(jsonPath("$.cxi").value(Matchers.nullValue()))
                // easy: 2 of 4 answered 4–5, 1 answered 1–2 → +25; enjoyable: 2 top, 1 bottom → +25
                .andExpect(jsonPath("$.cxiItems.needs").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.cxiItems.easy").value(25.0))
                .andExpect(jsonPath("$.cxiItems.enjoyable").value(25.0))
                .andReturn().getResponse().getHeader("Location");
        // the same when read back
        as(energyRead, get(location)).andExpect(jsonPath("$.ignoredColumns").value(Matchers.contains("Q12", "Comment")))
                .andExpect(jsonPath("$.mapping.length()").value(7));

        // overridden: Q12 is the third CXi item, so the CXi is known: needs 2 top, 1 bottom → +25
        as(energyWrite, upload(WITH_EXTRA_COLUMNS).param("allowDuplicate", "true")
                        .param("mapping", "{\"Q12\": \"CXI_NEEDS\", \"region\": {\"role\": \"SEGMENT\", "
                                + "\"label\": \"Area\"}}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ignoredColumns").value(Matchers.contains("Comment")))
                .andExpect(jsonPath("$.cxiItems.needs").value(25.0))
                .andExpect(jsonPath("$.cxi").value(25.0))
                .andExpect(jsonPath("$.mapping[1].role").value("SEGMENT"))
                .andExpect(jsonPath("$.mapping[1].label").value("Area"))
                .andExpect(jsonPath("$.segments[0].label").value("Area"));
    }

    @Autowired app.momentum.brand.BrandService brand;



    @Test
    void aBrandValueColumnIsMappedAnalysedAndListedWithItsName() throws Exception {
        energy.loginAs(Role.CX_MANAGER);
        java.util.UUID honest = brand.saveValue(null, null,
                new app.momentum.brand.BrandService.BrandValueData("Honest", null, null, null)).getId();
        TestLogin.logout();

        // the header names the brand value: the preview proposes it, on 1–5 as its samples fit
        as(energyWrite, preview(app.momentum.measurement.survey.SurveyFiles.TWELVE_WITH_BRAND_VALUE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mapping[4].column").value("Honest"))
                .andExpect(jsonPath("$.mapping[4].role").value("BRAND_VALUE_5"))
                .andExpect(jsonPath("$.mapping[4].brandValueId").value(honest.toString()))
                .andExpect(jsonPath("$.mapping[4].brandValue").value("Honest"));

        // hand-computed (see BrandValueImpactTest): Welcome's experience effect on honesty r = 0.62470, mean 3.83 vs 2.5
        as(energyWrite, upload(app.momentum.measurement.survey.SurveyFiles.TWELVE_WITH_BRAND_VALUE).param("impactMethod", "EXPERIENCE_EFFECT"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mapping[4].role").value("BRAND_VALUE_5"))
                .andExpect(jsonPath("$.mapping[4].brandValue").value("Honest"))
                .andExpect(jsonPath("$.brandValues.length()").value(1))
                .andExpect(jsonPath("$.brandValues[0].name").value("Honest"))
                .andExpect(jsonPath("$.brandValues[0].scaleMax").value(5))
                .andExpect(jsonPath("$.brandValues[0].n").value(12))
                .andExpect(jsonPath("$.brandValues[0].moments[0].title").value("Welcome"))
                .andExpect(jsonPath("$.brandValues[0].moments[0].impact")
                        .value(Matchers.closeTo(0.6247, 1e-4), Double.class))
                .andExpect(jsonPath("$.brandValues[0].moments[0].contributes").value(false))
                .andExpect(jsonPath("$.brandValues[0].moments[0].experienceEffect.meanDifference.value")
                        .value(Matchers.closeTo(4.0 / 3, 1e-9), Double.class))
                .andExpect(jsonPath("$.brandValues[0].moments[0].experienceEffect.experienced.nps")
                        .value(Matchers.nullValue()))
                .andExpect(jsonPath("$.brandValues[0].moments[0].driver.value")
                        .value(Matchers.closeTo(0.9492, 1e-4), Double.class));

        // an override without the brand value, or with another tenant's, is refused on the field mapping
        as(energyWrite, upload(app.momentum.measurement.survey.SurveyFiles.TWELVE_WITH_BRAND_VALUE).param("allowDuplicate", "true")
                        .param("mapping", "{\"Honest\": \"BRAND_VALUE_10\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("mapping"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("brandValueId")));
        TestTenant bank = fixture.create("survey-api-bank-brand");
        bank.loginAs(Role.CX_MANAGER);
        java.util.UUID theirs = brand.saveValue(null, null,
                new app.momentum.brand.BrandService.BrandValueData("Bold", null, null, null)).getId();
        TestLogin.logout();
        as(energyWrite, upload(app.momentum.measurement.survey.SurveyFiles.TWELVE_WITH_BRAND_VALUE).param("allowDuplicate", "true")
                        .param("mapping", "{\"Honest\": {\"role\": \"BRAND_VALUE_5\", \"brandValueId\": \""
                                + theirs + "\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("mapping"))
                .andExpect(jsonPath("$.code").value("survey.error.unknownBrandValue"));
    }

    @Test
    void segmentCombinationsAreListedWithTheirValuesAndSmallGroupsHidden() throws Exception {
        energy.loginAs(Role.CX_MANAGER);
        surveys.saveSettings(surveys.settings(), 2);
        TestLogin.logout();
        String survey = """
                Respondent;Region;Type;NPS;Welcome;First bill
                r1;North;New;10;9;8
                r2;North;Existing;9;8;
                r3;South;New;3;4;2
                r4;North;New;9;6;5
                """;
        as(energyWrite, upload(survey).param("segments", "Region", "Type"))
                .andExpect(status().isCreated())
                // Region: North, South; Type: Existing, New; then the combinations North × Existing, North × New, South × New
                .andExpect(jsonPath("$.segments.length()").value(7))
                .andExpect(jsonPath("$.segments[5].column").value("Region × Type"))
                .andExpect(jsonPath("$.segments[5].value").value("North × New"))
                .andExpect(jsonPath("$.segments[5].values[0].column").value("Region"))
                .andExpect(jsonPath("$.segments[5].values[1].value").value("New"))
                .andExpect(jsonPath("$.segments[5].respondents").value(2))
                .andExpect(jsonPath("$.segments[5].hidden").value(false))
                .andExpect(jsonPath("$.segments[5].nps.value").value(100.0))
                .andExpect(jsonPath("$.segments[4].value").value("North × Existing"))
                .andExpect(jsonPath("$.segments[4].hidden").value(true))
                .andExpect(jsonPath("$.segments[4].nps").value(Matchers.nullValue()));
    }

    @Test
    void aWeightColumnWeighsEveryFigureAndNStillCountsRespondents() throws Exception {
        // r1 weighs 3: promoters 3 + 1 of 6, detractors 2 of 6 → NPS +33.3 (unweighted 0)
        String weighted = SURVEY.replace("Respondent;Region;NPS;Welcome;First bill", "Respondent;Region;NPS;Welcome;First bill;Weight")
                .replace("r1;North;10;9;8", "r1;North;10;9;8;3").replace("r2;North;9;8;", "r2;North;9;8;;1")
                .replace("r3;South;3;4;2", "r3;South;3;4;2;1").replace("r4;South;6;6;5", "r4;South;6;6;5;1");
        as(energyWrite, upload(weighted))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.weighted").value(true))
                .andExpect(jsonPath("$.respondents").value(4))
                .andExpect(jsonPath("$.nps.n").value(4))
                .andExpect(jsonPath("$.nps.value").value(Matchers.closeTo(100 / 3.0, 1e-9), Double.class))
                // Welcome: (9·3 + 8 + 4 + 6) / 6 = 7.5
                .andExpect(jsonPath("$.moments[0].meanSatisfaction").value(Matchers.closeTo(7.5, 1e-9), Double.class))
                .andExpect(jsonPath("$.moments[0].experienced").value(4))
                .andExpect(jsonPath("$.mapping[5].role").value("WEIGHT"));
        as(energyWrite, upload(weighted.replace("r3;South;3;4;2;1", "r3;South;3;4;2;0")).param("allowDuplicate", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("import.error.weight"))
                .andExpect(jsonPath("$.row").value(4));
    }

    @Test
    void aBadMappingIsRefusedOnItsFieldAndNothingIsStored() throws Exception {
        as(energyWrite, upload(SURVEY).param("mapping", "Q12=CXI_NEEDS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.error.mappingJson"))
                .andExpect(jsonPath("$.field").value("mapping"));
        as(energyWrite, upload(SURVEY).param("mapping", "{\"NPS\": \"HAPPINESS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.error.mappingRole"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("column \"NPS\" has role \"HAPPINESS\"")));
        as(energyWrite, upload(SURVEY).param("mapping", "{\"Welcome\": \"MOMENT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.error.mappingMoment"));
        as(energyWrite, upload(SURVEY).param("mapping", "{\"Country\": \"SEGMENT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.error.unknownColumn"));
        as(energyWrite, upload(SURVEY).param("mapping", "{\"Welcome\": \"RECOMMEND\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.error.roleTwice"));
        as(energyRead, get("/api/v1/journeys/" + journey.getId() + "/surveys")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void thePreviewShowsTheMappingAndTheFirstProblemAndStoresNothing() throws Exception {
        as(energyWrite, preview(WITH_EXTRA_COLUMNS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mapping[0].column").value("Respondent"))
                .andExpect(jsonPath("$.mapping[0].samples").value(Matchers.contains("r1", "r2", "r3", "r4")))
                .andExpect(jsonPath("$.mapping[1].role").value("SEGMENT"))
                .andExpect(jsonPath("$.ignoredColumns").value(Matchers.contains("Q12", "Comment")))
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.warnings[0]").value(Matchers.containsString("CXi will be unknown")));
        as(energyWrite, preview(WITH_EXTRA_COLUMNS.replace("r3;South;3;2;1;2;slow;4;2", "r3;South;3;2;1;2;slow;4;x"))
                        .param("mapping", "{\"Q12\": \"CXI_NEEDS\"}")
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings.length()").value(0))
                .andExpect(jsonPath("$.problems[0].code").value("import.error.not-numeric"))
                .andExpect(jsonPath("$.problems[0].row").value(4))
                .andExpect(jsonPath("$.problems[0].column").value("First bill"))
                .andExpect(jsonPath("$.problems[0].value").value("x"))
                .andExpect(jsonPath("$.problems[0].detail").value(Matchers.containsString("Rij 4")));
        as(energyWrite, preview(SURVEY).param("mapping", "{\"NPS\": \"IGNORE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems[0].code").value("survey.error.noRecommend"));
        as(energyRead, preview(SURVEY)).andExpect(status().isForbidden());
        as(energyRead, get("/api/v1/journeys/" + journey.getId() + "/surveys")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theSameFileAgainIsAConflictUnlessDuplicatesAreAllowed() throws Exception {
        String location = as(energyWrite, upload(SURVEY).param("fieldedOn", "2026-10-01"))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String firstId = location.substring(location.lastIndexOf('/') + 1);

        as(energyWrite, upload(SURVEY).param("fieldedOn", "2026-10-01"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("survey.error.duplicate"))
                .andExpect(jsonPath("$.duplicateOf").value(firstId))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("counts its respondents twice")));
        as(energyRead, get("/api/v1/journeys/" + journey.getId() + "/surveys")).andExpect(jsonPath("$.length()").value(1));

        as(energyWrite, upload(SURVEY).param("fieldedOn", "2026-10-01").param("allowDuplicate", "true"))
                .andExpect(status().isCreated());
        as(energyRead, get("/api/v1/journeys/" + journey.getId() + "/surveys")).andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void aBadCellIsAProblemNamingRowColumnAndValueAndNothingIsStored() throws Exception {
        as(energyWrite, upload(SURVEY.replace("r3;South;3;4;2", "r3;South;3;4;x")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("import.error.not-numeric"))
                .andExpect(jsonPath("$.row").value(4))
                .andExpect(jsonPath("$.column").value("First bill"))
                .andExpect(jsonPath("$.value").value("x"));
        as(energyWrite, upload(SURVEY).param("segments", "Country"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.error.unknownColumn"))
                .andExpect(jsonPath("$.detail").value("The file has no column \"Country\"."));
        as(energyWrite, upload(SURVEY).param("impactOn", "OVERALL_SATISFACTION"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.error.noOverall"));
        as(energyWrite, upload(SURVEY).param("impactOn", "HAPPINESS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("impactOn"));
        as(energyWrite, upload("Respondent;Welcome\nr1;8\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("survey.error.noRecommend"));
        as(energyWrite, upload("Respondent;NPS;Welcome\n").header("Accept-Language", "nl"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("import.error.header-only"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("kopregel")));
        energy.loginAs(Role.CX_MANAGER);
        assertThat(surveys.imports(journey.getId())).isEmpty();
    }

    @Test
    void readTokensCannotUploadAndOtherTenantsSeeNothing() throws Exception {
        as(energyRead, upload(SURVEY)).andExpect(status().isForbidden());
        String location = as(energyWrite, upload(SURVEY)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        as(bankWrite, upload(SURVEY)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        as(bankWrite, get(location)).andExpect(status().isNotFound());
        as(bankWrite, get("/api/v1/journeys/" + journey.getId() + "/surveys")).andExpect(status().isNotFound());
        mvc.perform(get(location)).andExpect(status().isUnauthorized());
        energy.loginAs(Role.CX_MANAGER);
        assertThat(surveys.imports(journey.getId())).hasSize(1);
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder preview(String csv) {
        return multipart("/api/v1/journeys/" + journey.getId() + "/surveys/preview")
                .file(new MockMultipartFile("file", "q4.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String csv) {
        return multipart("/api/v1/journeys/" + journey.getId() + "/surveys")
                .file(new MockMultipartFile("file", "q4.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions as(String token, org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }
}
