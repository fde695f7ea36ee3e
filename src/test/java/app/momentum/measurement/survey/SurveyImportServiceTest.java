package app.momentum.measurement.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.momentum.base.UserFacingException;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.MomentNature;
import app.momentum.journey.internal.Phase;
import app.momentum.journey.TargetLevel;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.ImpactQuestion;
import app.momentum.measurement.analysis.ExperienceEffect;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.analysis.Quadrant;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.importing.SurveyImportException;
import app.momentum.measurement.survey.SurveyImportService.ImportRequest;
import app.momentum.measurement.survey.SurveyImportService.MappingProposal;
import app.momentum.notification.internal.Notification;
import app.momentum.notification.internal.NotificationRepository;
import app.momentum.notification.NotificationType;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.base.TenantContext;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Survey imports through the service: stored results, remembered mapping, background jobs, roles, tenants. */
@SpringBootTest
class SurveyImportServiceTest {

    static final String SURVEY = SurveyFiles.FOUR_RESPONDENTS;

    @Autowired TenantFixture fixture;
    @Autowired SurveyImportService surveys;
    @Autowired SurveyImportJobs jobs;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired NotificationRepository notifications;
    @Autowired app.momentum.testsupport.ModuleEvents moduleEvents;

    TestTenant tenant;
    Journey journey;
    Moment welcome;
    Moment bill;

    @BeforeEach
    void aJourneyWithTwoMoments() {
        tenant = fixture.create("surveys");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY, null,
                null, null, null, null, LifecycleStage.MAPPING), List.of("Arrive", "Settle"));
        List<Phase> phases = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet());
        welcome = maps.addMoment(phases.get(0).getId(), "Welcome");
        bill = maps.addMoment(phases.get(1).getId(), "First bill");
        bill = maps.saveMoment(bill.getId(), bill.getVersion(), nineplus(bill));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void anImportIsAnalysedStoredAndReadBack() throws IOException {
        MappingProposal proposal = surveys.propose(journey.getId(), file(SURVEY));
        assertThat(proposal.preview().headers()).containsExactly("Respondent", "Region", "NPS", "Welcome", "First bill");
        assertThat(proposal.suggested().assignmentOf("Welcome")).isEqualTo(ColumnAssignment.moment(welcome.getId()));
        assertThat(proposal.suggested().assignmentOf("First bill")).isEqualTo(ColumnAssignment.moment(bill.getId()));

        StoredAnalysis stored = surveys.importNow(request("q1.csv", mapping()), file(SURVEY));

        assertThat(stored.survey().getRespondents()).isEqualTo(4);
        assertThat(stored.survey().getFileName()).isEqualTo("q1.csv");
        assertThat(stored.survey().getJourneyId()).isEqualTo(journey.getId());
        // 2 promoters, 2 detractors of 4
        assertThat(stored.result().overall().nps().nps()).isEqualTo(0.0);
        MomentResult welcomeResult = stored.result().overall().moments().get(0);
        assertThat(welcomeResult.momentId()).isEqualTo(welcome.getId());
        assertThat(welcomeResult.meanSatisfaction()).isEqualTo(6.75);
        assertThat(welcomeResult.frequency()).isEqualTo(1.0);
        assertThat(welcomeResult.quadrant()).isEqualTo(Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT);
        MomentResult billResult = stored.result().overall().moments().get(1);
        assertThat(billResult.frequency()).isEqualTo(0.75);
        assertThat(billResult.meanSatisfaction()).isEqualTo(5.0);
        // a 9+ moment nobody scored 9–10
        assertThat(billResult.targetMet()).isFalse();
        assertThat(billResult.shareNineTen()).isEqualTo(0.0);
        assertThat(stored.result().bySegment()).containsOnlyKeys("Region");
        assertThat(stored.result().bySegment().get("Region")).containsOnlyKeys("North", "South");
        assertThat(stored.result().bySegment().get("Region").get("North").nps().nps()).isEqualTo(100.0);
        assertThat(stored.result().bySegment().get("Region").get("North").moments().get(1).impact()).isNaN();

        assertThat(surveys.imports(journey.getId())).extracting(SurveyImport::getId).containsExactly(stored.survey().getId());
        assertThat(surveys.latest(journey.getId())).get().satisfies(latest ->
                assertThat(latest.result()).isEqualTo(stored.result()));
    }

    @Test
    void theConfirmedMappingIsRememberedForTheNextFile() throws IOException {
        Map<String, ColumnAssignment> renamed = new LinkedHashMap<>(mapping().assignments());
        String survey = SURVEY.replace("Welcome;", "Q7 welcome call;");
        renamed.remove("Welcome");
        renamed.put("Q7 welcome call", ColumnAssignment.moment(welcome.getId()));
        surveys.importNow(request("q1.csv", new ColumnMapping(renamed)), file(survey));

        MappingProposal next = surveys.propose(journey.getId(), file(survey));

        assertThat(next.suggested().assignmentOf("Q7 welcome call")).isEqualTo(ColumnAssignment.moment(welcome.getId()));
        assertThat(next.suggested().assignmentOf("Region").role()).isEqualTo(ColumnRole.SEGMENT);
    }

    @Test
    void aBadCellStoresNothingAndNamesRowColumnAndValue() throws IOException {
        Path bad = file(SURVEY.replace("r3;South;3;4;2", "r3;South;3;4;12"));

        assertThatThrownBy(() -> surveys.importNow(request("bad.csv", mapping()), bad))
                .isInstanceOfSatisfying(SurveyImportException.class, e -> {
                    assertThat(e.key()).isEqualTo("import.error.out-of-range");
                    assertThat(e.row()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo("First bill");
                    assertThat(e.value()).isEqualTo("12");
                });
        assertThat(surveys.imports(journey.getId())).isEmpty();
    }

    @Test
    void theMappingMustNameTheRespondentTheRecommendQuestionAndAMoment() throws IOException {
        Map<String, ColumnAssignment> noRecommend = new LinkedHashMap<>(mapping().assignments());
        noRecommend.remove("NPS");
        assertRefused(() -> surveys.importNow(request("x.csv", new ColumnMapping(noRecommend)), file(SURVEY)),
                "survey.error.noRecommend");
        Map<String, ColumnAssignment> twice = new LinkedHashMap<>(mapping().assignments());
        twice.put("Region", ColumnAssignment.of(ColumnRole.RECOMMEND));
        assertRefused(() -> surveys.importNow(request("x.csv", new ColumnMapping(twice)), file(SURVEY)),
                "survey.error.roleTwice");
        Map<String, ColumnAssignment> sameMoment = new LinkedHashMap<>(mapping().assignments());
        sameMoment.put("First bill", ColumnAssignment.moment(welcome.getId()));
        assertRefused(() -> surveys.importNow(request("x.csv", new ColumnMapping(sameMoment)), file(SURVEY)),
                "survey.error.momentTwice");
        Map<String, ColumnAssignment> foreign = new LinkedHashMap<>(mapping().assignments());
        foreign.put("First bill", ColumnAssignment.moment(UUID.randomUUID()));
        assertRefused(() -> surveys.importNow(request("x.csv", new ColumnMapping(foreign)), file(SURVEY)),
                "survey.error.unknownMoment");
        assertRefused(() -> surveys.importNow(new ImportRequest(journey.getId(), "x.csv", mapping(), 7,
                LocalDate.now().plusDays(5)), file(SURVEY)), "survey.error.fieldedOnFuture");
        assertThat(surveys.imports(journey.getId())).isEmpty();
    }

    @Test
    void impactCanBeMeasuredOnOverallSatisfactionWhenTheSurveyAskedIt() {
        // Welcome 9, 8, 4, 6 against overall 9, 8, 4, 6: a perfect correlation, whatever recommend said
        String survey = "Respondent;NPS;Overall;Welcome\nr1;5;9;9\nr2;5;8;8\nr3;6;4;4\nr4;5;6;6\n";
        Map<String, ColumnAssignment> mapping = new LinkedHashMap<>();
        mapping.put("Respondent", ColumnAssignment.of(ColumnRole.RESPONDENT_ID));
        mapping.put("NPS", ColumnAssignment.of(ColumnRole.RECOMMEND));
        mapping.put("Welcome", ColumnAssignment.moment(welcome.getId()));
        assertRefused(() -> surveys.importNow(new ImportRequest(journey.getId(), "q.csv", new ColumnMapping(mapping), 7,
                LocalDate.of(2026, 10, 1), ImpactQuestion.OVERALL_SATISFACTION), file(survey)), "survey.error.noOverall");

        mapping.put("Overall", ColumnAssignment.of(ColumnRole.OVERALL_SATISFACTION));
        StoredAnalysis stored = surveys.importNow(new ImportRequest(journey.getId(), "q.csv", new ColumnMapping(mapping),
                7, LocalDate.of(2026, 10, 1), ImpactQuestion.OVERALL_SATISFACTION, false,
                ImpactMethod.SATISFACTION_DRIVER), file(survey));

        assertThat(stored.survey().settings().impactOn()).isEqualTo(ImpactQuestion.OVERALL_SATISFACTION);
        assertThat(stored.result().overall().moments().getFirst().impact()).isCloseTo(1.0, within(1e-9));
        assertThat(surveys.analysis(stored.survey().getId()).orElseThrow().survey().settings().impactOn())
                .isEqualTo(ImpactQuestion.OVERALL_SATISFACTION);
    }

    @Test
    void aBackgroundImportNotifiesTheUserWhenReady() throws Exception {
        SurveyImportJob job = awaitEnd(surveys.start(request("q2.csv", mapping()), file(SURVEY), Locale.ENGLISH));

        assertThat(job.state()).isEqualTo(SurveyImportJob.State.DONE);
        assertThat(job.progress()).isEqualTo(1.0);
        assertThat(surveys.analysis(job.importId())).get()
                .satisfies(stored -> assertThat(stored.survey().getRespondents()).isEqualTo(4));
        assertThat(notificationsOf(tenant.user(Role.CX_MANAGER).getId()))
                .anySatisfy(n -> {
                    assertThat(n.getType()).isEqualTo(NotificationType.ANALYSIS_READY);
                    assertThat(n.getSubject()).isEqualTo("q2.csv");
                    assertThat(n.getJourneyId()).isEqualTo(journey.getId());
                });
    }

    @Test
    void aFailedBackgroundImportStoresNothingAndSaysWhyInTheUsersLanguage() throws Exception {
        Path duplicate = file(SURVEY.replace("r4;", "r1;"));
        SurveyImportJob job = awaitEnd(surveys.start(request("q2.csv", mapping()), duplicate, Locale.forLanguageTag("nl")));

        assertThat(job.state()).isEqualTo(SurveyImportJob.State.FAILED);
        assertThat(job.error().key()).isEqualTo("import.error.duplicate-respondent");
        assertThat(surveys.imports(journey.getId())).isEmpty();
        assertThat(Files.exists(duplicate)).as("the uploaded file is cleaned up").isFalse();
        assertThat(notificationsOf(tenant.user(Role.CX_MANAGER).getId()))
                .anySatisfy(n -> {
                    assertThat(n.getType()).isEqualTo(NotificationType.ANALYSIS_FAILED);
                    assertThat(n.getSubject()).startsWith("q2.csv — Rij 5, kolom \"Respondent\": respondent \"r1\"");
                });
    }

    @Test
    void anotherTenantSeesNoneOfIt() throws IOException {
        StoredAnalysis stored = surveys.importNow(request("q1.csv", mapping()), file(SURVEY));
        SurveyImportJob job = surveys.start(request("q2.csv", mapping()), file(SURVEY.replace("r1;", "r5;")), Locale.ENGLISH);

        TestTenant other = fixture.create("other-surveys");
        other.loginAs(Role.CX_MANAGER);

        assertThat(surveys.analysis(stored.survey().getId())).isEmpty();
        assertThat(surveys.imports(journey.getId())).isEmpty();
        assertThat(surveys.latest(journey.getId())).isEmpty();
        assertThat(jobs.find(other.id(), job.id())).isEmpty();
        assertRefused(() -> surveys.propose(journey.getId(), file(SURVEY)), "error.notFound");
        assertRefused(() -> surveys.importNow(request("q3.csv", mapping()), file(SURVEY)), "error.notFound");
        assertRefused(() -> surveys.delete(stored.survey().getId()), "error.notFound");
    }

    @Test
    void onlyEditorsImport() throws IOException {
        tenant.loginAs(Role.EXECUTIVE);
        Path survey = file(SURVEY);
        assertThatThrownBy(() -> surveys.propose(journey.getId(), survey)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.importNow(request("q.csv", mapping()), survey))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> surveys.saveSettings(AnalysisSettings.defaults()))
                .isInstanceOf(AccessDeniedException.class);
        // but they read results
        assertThat(surveys.imports(journey.getId())).isEmpty();
    }

    @Test
    void impactCanBeMeasuredOnExpectingToStayWhenTheSurveyAskedIt() throws IOException {
        String survey = SurveyFiles.FOUR_RESPONDENTS.replace("Respondent;Region;NPS;", "Respondent;Region;NPS;Stay?;")
                .replace("r1;North;10;", "r1;North;10;9;").replace("r2;North;9;", "r2;North;9;8;")
                .replace("r3;South;3;", "r3;South;3;2;").replace("r4;South;6;", "r4;South;6;5;");
        Map<String, ColumnAssignment> mapping = new LinkedHashMap<>(mapping().assignments());
        assertRefused(() -> surveys.importNow(new ImportRequest(journey.getId(), "q.csv", new ColumnMapping(mapping), 7,
                LocalDate.of(2026, 10, 1), ImpactQuestion.EXPECT_TO_STAY), file(survey)), "survey.error.noExpectToStay");

        mapping.put("Stay?", ColumnAssignment.of(ColumnRole.EXPECT_TO_STAY));
        StoredAnalysis stored = surveys.importNow(new ImportRequest(journey.getId(), "q.csv", new ColumnMapping(mapping),
                7, LocalDate.of(2026, 10, 1), ImpactQuestion.EXPECT_TO_STAY, false, ImpactMethod.SATISFACTION_DRIVER),
                file(survey));
        // Welcome 9, 8, 4, 6 against stay 9, 8, 2, 5
        assertThat(stored.survey().settings().impactOn()).isEqualTo(ImpactQuestion.EXPECT_TO_STAY);
        assertThat(stored.result().overall().moments().getFirst().impactN()).isEqualTo(4);
        assertThat(stored.result().overall().moments().getFirst().impact()).isCloseTo(
                app.momentum.measurement.analysis.Statistics.pearson(new double[] {9, 8, 4, 6}, new double[] {9, 8, 2, 5}),
                within(1e-9));
        assertThat(surveys.analysis(stored.survey().getId()).orElseThrow().survey().settings().impactOn())
                .isEqualTo(ImpactQuestion.EXPECT_TO_STAY);
        // a stay answer outside 1–10 is refused with its cell
        assertThatThrownBy(() -> surveys.importNow(new ImportRequest(journey.getId(), "q2.csv", new ColumnMapping(mapping),
                7, LocalDate.of(2026, 10, 1), ImpactQuestion.EXPECT_TO_STAY), file(survey.replace("r2;North;9;8;",
                "r2;North;9;0;")))).isInstanceOf(SurveyImportException.class)
                .satisfies(e -> assertThat(((SurveyImportException) e).column()).isEqualTo("Stay?"));
    }

    @Test
    void aMomentsExpectationIsStoredAndJudgesItsNinePlusTarget() throws IOException {
        // First bill (9+) scored 10 and 9 by two who found it better than expected (3 on 1–3) and 9 by one "as expected"
        String survey = """
                Respondent;Region;NPS;Welcome;First bill;Bill vs expected;Again
                r1;North;10;9;10;3;3
                r2;North;9;8;9;3;
                r3;South;3;4;9;2;
                r4;South;6;6;;;
                """;
        Map<String, ColumnAssignment> mapping = new LinkedHashMap<>(mapping().assignments());
        mapping.put("Bill vs expected", new ColumnAssignment(ColumnRole.EXPECTATION_3, bill.getId()));
        mapping.put("Again", new ColumnAssignment(ColumnRole.EXPECTATION_3, bill.getId()));
        assertRefused(() -> surveys.importNow(request("q.csv", new ColumnMapping(mapping)), file(survey)),
                "survey.error.expectationTwice");
        mapping.put("Again", ColumnAssignment.IGNORED);

        StoredAnalysis stored = surveys.importNow(request("q.csv", new ColumnMapping(mapping)), file(survey));
        MomentResult billResult = surveys.analysis(stored.survey().getId()).orElseThrow().result().overall().moments()
                .get(1);
        assertThat(billResult.expectationN()).isEqualTo(3);
        assertThat(billResult.shareBetterThanExpected()).isCloseTo(2 / 3.0, within(1e-9));
        // all three 9–10 and two thirds better than expected: met at 50 %, not at 70 %
        assertThat(billResult.targetMet()).isTrue();
        surveys.saveSettings(AnalysisSettings.defaults().withAboveExpectationShareTarget(0.7));
        assertThat(surveys.settings().aboveExpectationShareTarget()).isEqualTo(0.7);
        StoredAnalysis stricter = surveys.importNow(request("q2.csv", new ColumnMapping(mapping)),
                file(survey.replace("r4;", "r5;")));
        assertThat(stricter.survey().settings().aboveExpectationShareTarget()).isEqualTo(0.7);
        assertThat(surveys.analysis(stricter.survey().getId()).orElseThrow().result().overall().moments().get(1)
                .targetMet()).isFalse();
        assertThat(surveys.analysis(stored.survey().getId()).orElseThrow().survey().settings()
                .aboveExpectationShareTarget()).as("the earlier import keeps its threshold").isEqualTo(0.5);
    }

    @Test
    void theExperienceEffectIsTheDefaultAndBothMethodsAreStoredWithTheImport() throws IOException {
        assertThat(surveys.settings().impactMethod()).isEqualTo(ImpactMethod.EXPERIENCE_EFFECT);
        StoredAnalysis stored = surveys.importNow(new ImportRequest(journey.getId(), "q10.csv", mapping(), 7,
                LocalDate.of(2026, 10, 1)), file(SurveyFiles.TEN_RESPONDENTS));
        assertThat(stored.survey().impactMethod()).isEqualTo(ImpactMethod.EXPERIENCE_EFFECT);

        // read back from the database, not the result computed in memory
        StoredAnalysis read = surveys.analysis(stored.survey().getId()).orElseThrow();
        MomentResult welcomeResult = read.result().overall().moments().get(0);
        assertThat(welcomeResult.effect().unknownBecause()).isEqualTo(ExperienceEffect.Unknown.EVERYONE_EXPERIENCED);
        assertThat(welcomeResult.quadrant()).as("no effect, no place").isNull();
        MomentResult billResult = read.result().overall().moments().get(1);
        assertThat(billResult.method()).isEqualTo(ImpactMethod.EXPERIENCE_EFFECT);
        ExperienceEffect effect = billResult.effect();
        assertThat(effect.exposed().n()).isEqualTo(5);
        assertThat(effect.exposed().nps()).isEqualTo(0.0);
        assertThat(effect.unexposed().nps()).isEqualTo(80.0);
        assertThat(effect.unexposed().mean()).isEqualTo(9.0);
        assertThat(effect.npsDifference().value()).isEqualTo(-80.0);
        assertThat(effect.npsDifference().lower95()).isCloseTo(-165.883, within(1e-3));
        assertThat(effect.meanDifference().upper95()).isCloseTo(0.859, within(1e-3));
        assertThat(effect.impact().value()).isCloseTo(-0.4247, within(1e-4));
        assertThat(effect.impact().interval().lower95()).isCloseTo(-0.8319, within(1e-4));
        assertThat(billResult.quadrant()).isEqualTo(Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT);
        // First bill is a 9+ moment: 0.5 × (9 − 4.6) × 0.4247
        assertThat(billResult.priority()).isCloseTo(0.5 * 4.4 * 0.424736, within(1e-4));
        // the driver is stored beside it, with its interval
        MomentResult byDriver = billResult.withMethod(ImpactMethod.SATISFACTION_DRIVER);
        assertThat(byDriver.impact()).isCloseTo(0.5057, within(1e-4));
        assertThat(byDriver.driver().interval().upper95()).isCloseTo(0.9598, within(1e-4));
        assertThat(byDriver.quadrant()).isEqualTo(Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT);
        assertThat(read.result().overall().cxi().known()).as("no CXi item mapped").isFalse();

        // a tenant that chose the driver gets it for its next import
        surveys.saveSettings(AnalysisSettings.defaults().withImpactMethod(ImpactMethod.SATISFACTION_DRIVER));
        assertThat(surveys.settings().impactMethod()).isEqualTo(ImpactMethod.SATISFACTION_DRIVER);
        StoredAnalysis next = surveys.importNow(new ImportRequest(journey.getId(), "q11.csv", mapping(), 7,
                LocalDate.of(2026, 10, 2)), file(SurveyFiles.TEN_RESPONDENTS.replace("e1;", "x1;")));
        assertThat(surveys.analysis(next.survey().getId()).orElseThrow().result().overall().moments().get(1)
                .quadrant()).isEqualTo(Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT);
    }

    @Test
    void theTenantsThresholdsAreUsedAndKeptWithTheImport() throws IOException {
        assertThat(surveys.settings()).isEqualTo(AnalysisSettings.defaults());
        surveys.saveSettings(new AnalysisSettings(6.5, 0.0, 6.5, 0.5, 30));

        StoredAnalysis stored = surveys.importNow(request("q1.csv", mapping()), file(SURVEY));

        assertThat(stored.survey().settings().satisfactionThreshold()).isEqualTo(6.5);
        // a mean of 6.75 is "high" at 6.5
        assertThat(stored.result().overall().moments().get(0).quadrant())
                .isEqualTo(Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT);
        assertRefused(() -> surveys.saveSettings(new AnalysisSettings(11, 0, 7, 0.5, 30)), "survey.error.thresholdRange");
    }

    @Test
    void theSameFileAgainIsRefusedUnlessAllowedAndTrendsShowItOnceByFieldedDate() throws IOException {
        StoredAnalysis first = surveys.importNow(new ImportRequest(journey.getId(), "q3.csv", mapping(), 7,
                LocalDate.of(2026, 10, 1)), file(SURVEY));
        String other = SURVEY.replace("r1;", "r9;");
        StoredAnalysis earlier = surveys.importNow(new ImportRequest(journey.getId(), "q2.csv", mapping(), 7,
                LocalDate.of(2026, 7, 1)), file(other));

        assertThatThrownBy(() -> surveys.importNow(request("q3-again.csv", mapping()), file(SURVEY)))
                .isInstanceOfSatisfying(DuplicateSurveyException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("survey.error.duplicate");
                    assertThat(e.arguments()).containsExactly("q3.csv", "2026-10-01");
                    assertThat(e.earlierImportId()).isEqualTo(first.survey().getId());
                });
        assertThatThrownBy(() -> surveys.start(request("q3-again.csv", mapping()), file(SURVEY), Locale.ENGLISH))
                .isInstanceOf(DuplicateSurveyException.class);
        assertThat(surveys.imports(journey.getId())).hasSize(2);

        StoredAnalysis again = surveys.importNow(request("q3-again.csv", mapping()).allowingDuplicate(), file(SURVEY));
        assertThat(surveys.imports(journey.getId())).hasSize(3);
        assertThat(surveys.history(journey.getId())).extracting(a -> a.survey().getId())
                .as("by survey date, the repeated file once (its latest import)")
                .containsExactly(earlier.survey().getId(), again.survey().getId());
    }

    private ColumnMapping mapping() {
        Map<String, UUID> moments = new LinkedHashMap<>();
        moments.put("Welcome", welcome.getId());
        moments.put("First bill", bill.getId());
        return SurveyFiles.mapping(moments, "Region");
    }

    /** Four respondents all had Welcome, so these tests read the satisfaction driver (the effect is unknown). */
    private ImportRequest request(String fileName, ColumnMapping mapping) {
        return new ImportRequest(journey.getId(), fileName, mapping, 7, LocalDate.of(2026, 10, 1),
                ImpactQuestion.RECOMMEND, false, ImpactMethod.SATISFACTION_DRIVER);
    }

    private static Path file(String content) {
        return SurveyFiles.write(content);
    }

    /** The job as it is once it ended, or after 30 s. */
    private SurveyImportJob awaitEnd(SurveyImportJob queued) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        SurveyImportJob job = queued;
        while (job.state().unfinished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = jobs.find(queued.tenantId(), queued.id()).orElseThrow();
        }
        return job;
    }

    /** The user's notifications, once every event so far reached the notification module (after commit, elsewhere). */
    private List<Notification> notificationsOf(UUID userId) {
        moduleEvents.awaitDelivered();
        return TenantContext.callInTenant(tenant.id(),
                () -> notifications.findByUserIdOrderByCreatedAtDesc(userId, PageRequest.of(0, 10)));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static JourneyMapService.MomentData nineplus(Moment moment) {
        return new JourneyMapService.MomentData(moment.getTitle(), null, null, null, null, null, MomentNature.EMOTIONAL,
                TargetLevel.NINE_PLUS, true, false, List.of(), null, null, List.of(), List.of(), null, null, null,
                null, null, null);
    }
}
