package app.momentum.measurement.gap;

import app.momentum.measurement.PerceptionGapService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.survey.StoredAnalysis;
import app.momentum.measurement.survey.SurveyFiles;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Estimates count only when made before the results; owners estimate their own moments; tenants stay apart. */
@SpringBootTest
class PerceptionGapServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired PerceptionGapService gaps;
    @Autowired SurveyImportService surveys;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    TestTenant tenant;
    Journey journey;
    Moment welcome;

    @BeforeEach
    void aJourneyWithAMomentOwnedByAContributor() {
        tenant = fixture.create("gap");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY, null,
                null, null, null, null, LifecycleStage.MAPPING), List.of("Arrive"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment added = maps.addMoment(phase.getId(), "Welcome");
        welcome = maps.saveMoment(added.getId(), added.getVersion(), new JourneyMapService.MomentData("Welcome", null,
                null, null, null, null, added.getNature(), added.getTargetLevel(), false, false, List.of(), null, null,
                List.of(), List.of(), null, null, null, null, null, tenant.user(Role.CONTRIBUTOR).getId()));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void onlyTheEstimateMadeBeforeTheResultsCounts() throws Exception {
        tenant.loginAs(Role.CONTRIBUTOR);
        gaps.estimate(welcome.getId(), new BigDecimal("8.4"));
        tenant.loginAs(Role.CX_MANAGER);
        StoredAnalysis stored = importSurvey();
        tenant.loginAs(Role.CONTRIBUTOR);
        gaps.estimate(welcome.getId(), new BigDecimal("6.0")); // after seeing the results: for the next survey

        PerceptionGap gap = gaps.gaps(stored.survey().getId()).getFirst();

        assertThat(gap.estimate()).isEqualTo(8.4);
        assertThat(gap.measured()).isEqualTo(6.75);
        assertThat(gap.overestimated()).isTrue();
        assertThat(gaps.latestEstimates(journey.getId()).get(welcome.getId()).getEstimate())
                .isEqualByComparingTo("6.0");
    }

    @Test
    void othersThanTheOwnerOrAManagerMayNotEstimateAndTheRangeIsChecked() {
        tenant.loginAs(Role.CONTRIBUTOR);
        assertRefused(() -> gaps.estimate(welcome.getId(), new BigDecimal("10.5")), "gap.error.range");
        assertRefused(() -> gaps.estimate(welcome.getId(), new BigDecimal("0.9")), "gap.error.range");
        tenant.loginAs(Role.EXECUTIVE);
        assertRefused(() -> gaps.estimate(welcome.getId(), new BigDecimal("8")), "gap.error.notOwner");
        tenant.loginAs(Role.CX_MANAGER);
        assertThat(gaps.estimate(welcome.getId(), new BigDecimal("7.25")).getEstimate()).isEqualByComparingTo("7.3");
    }

    @Test
    void anotherTenantCannotEstimateOrReadTheGap() throws Exception {
        StoredAnalysis stored = importSurvey();
        fixture.create("gap-other").loginAs(Role.CX_MANAGER);
        assertRefused(() -> gaps.estimate(welcome.getId(), new BigDecimal("8")), "error.notFound");
        assertRefused(() -> gaps.gaps(stored.survey().getId()), "error.notFound");
    }

    private StoredAnalysis importSurvey() {
        Path file = SurveyFiles.write("Respondent;NPS;Welcome\nr1;10;9\nr2;9;8\nr3;3;4\nr4;6;6\n");
        return surveys.importNow(new SurveyImportService.ImportRequest(journey.getId(), "q.csv",
                SurveyFiles.mapping(Map.of("Welcome", welcome.getId())), 7, LocalDate.of(2026, 10, 1)), file);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
