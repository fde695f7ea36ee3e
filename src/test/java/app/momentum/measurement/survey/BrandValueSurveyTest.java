package app.momentum.measurement.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.momentum.base.UserFacingException;
import app.momentum.brand.BrandService;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.journey.signature.CheckItem;
import app.momentum.journey.signature.CheckRule;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.measurement.analysis.BrandValueResult;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.ImpactQuestion;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.survey.SurveyImportService.ImportRequest;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Perceived-brand-value columns through the import: mapped to the tenant's brand values, analysed, stored, read back,
 * shown in the brand view, and judged by the signature check.
 */
@SpringBootTest
class BrandValueSurveyTest {

    @Autowired TenantFixture fixture;
    @Autowired SurveyImportService surveys;
    @Autowired BrandViewService brandView;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired BrandService brand;

    TestTenant tenant;
    Journey journey;
    Moment welcome;
    UUID honest;

    @BeforeEach
    void aSignatureJourneyWhoseWelcomeIsMeantToFeelHonest() {
        tenant = fixture.create("brand-surveys");
        tenant.loginAs(Role.CX_MANAGER);
        honest = brand.saveValue(null, null, new BrandService.BrandValueData("Honest", null, null, null)).getId();
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY, null,
                null, null, null, null, LifecycleStage.MAPPING), List.of("Arrive"));
        Phase phase = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet()).getFirst();
        welcome = maps.addMoment(phase.getId(), "Welcome");
        welcome = maps.saveMoment(welcome.getId(), welcome.getVersion(), new JourneyMapService.MomentData("Welcome",
                null, null, null, null, null, MomentNature.EMOTIONAL, TargetLevel.SEVEN_PLUS, false, true,
                List.of(honest), null, null, List.of(), List.of(), null, null, null, null, null, null));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aBrandValueColumnIsProposedAnalysedStoredAndJudged() {
        assertThat(check().status()).as("no survey asked about the brand yet").isEqualTo(CheckStatus.NOT_APPLICABLE);
        Path file = SurveyFiles.write(csv(true));
        assertThat(surveys.propose(journey.getId(), file).suggested().assignmentOf("Experience us as honest"))
                .isEqualTo(ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_5, honest));

        StoredAnalysis stored = surveys.importNow(request("q1.csv", mapping(honest)), file);

        BrandValueResult result = surveys.analysis(stored.survey().getId()).orElseThrow().result().brandValues()
                .getFirst();
        assertThat(result.brandValueId()).isEqualTo(honest);
        assertThat(result.n()).isEqualTo(40);
        assertThat(result.mean()).isCloseTo((20 * 4.5 + 20 * 1.5) / 40, within(1e-9));
        assertThat(result.of(welcome.getId()).effect().meanDifference().value()).isCloseTo(3.0, within(1e-9));
        assertThat(result.of(welcome.getId()).contributes()).isTrue();
        assertThat(stored.columns()).filteredOn(c -> c.role() == ColumnRole.BRAND_VALUE_5)
                .extracting(SurveyImportService.AppliedColumn::brandValueId).containsExactly(honest);
        assertThat(check().status()).isEqualTo(CheckStatus.PASS);
        assertThat(check().momentIds()).containsExactly(welcome.getId());

        List<BrandViewService.BrandValueView> view = brandView.brandView(surveys.analysis(stored.survey().getId())
                .orElseThrow(), ImpactMethod.EXPERIENCE_EFFECT);
        assertThat(view).extracting(BrandViewService.BrandValueView::name).containsExactly("Honest");
        assertThat(view.getFirst().moments()).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Welcome");
            assertThat(row.intended()).isTrue();
        });

        // the next survey shows the welcome working against honesty: the check warns
        surveys.importNow(request("q2.csv", mapping(honest)), SurveyFiles.write(csv(false)));
        assertThat(check().status()).isEqualTo(CheckStatus.WARNING);
        // and the next import proposes the mapping it remembered
        assertThat(surveys.propose(journey.getId(), SurveyFiles.write(csv(true))).suggested()
                .assignmentOf("Experience us as honest")).isEqualTo(ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_5,
                honest));
    }

    @Test
    void aSurveyWithoutBrandColumnsLeavesTheLastBrandSurveysEvidence() {
        surveys.importNow(request("brand.csv", mapping(honest)), SurveyFiles.write(csv(true)));
        Map<String, ColumnAssignment> pulse = new LinkedHashMap<>(mapping(honest).assignments());
        pulse.put("Experience us as honest", ColumnAssignment.IGNORED);
        surveys.importNow(request("pulse.csv", new ColumnMapping(pulse)).allowingDuplicate(),
                SurveyFiles.write(csv(true)));

        assertThat(check().status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aColumnForAnUnknownOrAnotherTenantsBrandValueOrTwoForOneValueAreRefused() {
        assertRefused(mapping(UUID.randomUUID()), "survey.error.unknownBrandValue");

        TestTenant other = fixture.create("brand-surveys-other");
        other.loginAs(Role.CX_MANAGER);
        UUID theirs = brand.saveValue(null, null, new BrandService.BrandValueData("Bold", null, null, null)).getId();
        tenant.loginAs(Role.CX_MANAGER);
        assertRefused(mapping(theirs), "survey.error.unknownBrandValue");

        Map<String, ColumnAssignment> twice = new LinkedHashMap<>(mapping(honest).assignments());
        twice.put("Again", ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_10, honest));
        assertRefused(new ColumnMapping(twice), "survey.error.brandValueTwice");
        assertThat(surveys.imports(journey.getId())).as("nothing stored").isEmpty();
    }

    @Test
    void deletingTheBrandValueTakesItsResultsAlong() {
        StoredAnalysis stored = surveys.importNow(request("q1.csv", mapping(honest)), SurveyFiles.write(csv(true)));
        brand.deleteValue(honest);

        StoredAnalysis again = surveys.analysis(stored.survey().getId()).orElseThrow();
        assertThat(again.result().brandValues()).isEmpty();
        assertThat(again.columns()).filteredOn(c -> c.role() == ColumnRole.BRAND_VALUE_5).singleElement()
                .satisfies(c -> assertThat(c.brandValueId()).isNull());
    }

    private void assertRefused(ColumnMapping mapping, String key) {
        assertThatThrownBy(() -> surveys.importNow(request("bad.csv", mapping), SurveyFiles.write(csv(true))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private CheckItem check() {
        return maps.load(journey.getId()).check().item(CheckRule.BRAND_VALUES_MEASURED);
    }

    /**
     * 40 respondents, half of whom experienced the welcome. Those who did rate honesty 4–5, those who did not 1–2 —
     * or the other way round when {@code welcomeFeelsHonest} is false.
     */
    private static String csv(boolean welcomeFeelsHonest) {
        StringBuilder csv = new StringBuilder("Respondent,NPS,Welcome,Experience us as honest,Again\n");
        for (int i = 0; i < 40; i++) {
            boolean experienced = i < 20;
            int high = 4 + i % 2;
            int low = 1 + i % 2;
            int honesty = experienced == welcomeFeelsHonest ? high : low;
            csv.append("r").append(i).append(',').append(i % 11).append(',')
                    .append(experienced ? String.valueOf(5 + i % 5) : "").append(',').append(honesty).append(",3\n");
        }
        return csv.toString();
    }

    private ColumnMapping mapping(UUID brandValue) {
        Map<String, ColumnAssignment> mapping = new LinkedHashMap<>();
        mapping.put("Respondent", ColumnAssignment.of(ColumnRole.RESPONDENT_ID));
        mapping.put("NPS", ColumnAssignment.of(ColumnRole.RECOMMEND));
        mapping.put("Welcome", ColumnAssignment.moment(welcome.getId()));
        mapping.put("Experience us as honest", ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_5, brandValue));
        mapping.put("Again", ColumnAssignment.IGNORED);
        return new ColumnMapping(mapping);
    }

    private ImportRequest request(String fileName, ColumnMapping mapping) {
        return new ImportRequest(journey.getId(), fileName, mapping, 7, LocalDate.of(2026, 10, 1),
                ImpactQuestion.RECOMMEND, false, ImpactMethod.EXPERIENCE_EFFECT);
    }
}
