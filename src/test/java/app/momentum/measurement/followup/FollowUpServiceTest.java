package app.momentum.measurement.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.discipline.internal.Discipline;
import app.momentum.discipline.DisciplineService;
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
import app.momentum.measurement.survey.SurveyFiles;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.ownership.OwnershipService;
import app.momentum.ownership.domain.Raci;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An import fills the follow-up queue for the accountable discipline or the journey owner; who may update it. */
@SpringBootTest
class FollowUpServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired FollowUpService followUps;
    @Autowired SurveyImportService surveys;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired DisciplineService disciplines;
    @Autowired OwnershipService ownership;

    TestTenant tenant;
    Journey journey;
    Moment welcome;
    Moment bill;
    Discipline billing;

    @BeforeEach
    void aJourneyWithAnAccountableDiscipline() {
        tenant = fixture.create("follow-up");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY, null,
                null, null, null, tenant.user(Role.CX_MANAGER).getId(), LifecycleStage.MAPPING), List.of("Arrive"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        welcome = maps.addMoment(phase.getId(), "Welcome");
        bill = maps.addMoment(phase.getId(), "First bill");
        billing = disciplines.save(null, null, "Billing");
        ownership.setRaci(bill.getId(), billing.getId(), Raci.A);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void anImportQueuesVeryLowScoresForWhoeverAnswersForThem() throws Exception {
        importSurvey("""
                Respondent;NPS;Welcome;First bill
                r1;9;8;2
                r2;3;7;
                r3;6;5;4
                """);

        List<FollowUp> queue = followUps.queue(EnumSet.of(FollowUpStatus.OPEN));
        assertThat(queue).extracting(FollowUp::getRespondentRef).containsExactlyInAnyOrder("r1", "r2");
        FollowUp lowBill = queue.stream().filter(f -> f.getRespondentRef().equals("r1")).findFirst().orElseThrow();
        assertThat(lowBill.getMomentId()).isEqualTo(bill.getId());
        assertThat(lowBill.getMomentScore()).isEqualTo(2);
        assertThat(lowBill.getDisciplineId()).isEqualTo(billing.getId());
        FollowUp lowRecommend = queue.stream().filter(f -> f.getRespondentRef().equals("r2")).findFirst().orElseThrow();
        assertThat(lowRecommend.getDisciplineId()).isNull();
        assertThat(lowRecommend.getOwnerUserId()).isEqualTo(tenant.user(Role.CX_MANAGER).getId());
        assertThat(followUps.openCount()).isEqualTo(2);
    }

    @Test
    void theDisciplinesMembersUpdateTheirItemsOthersOnlyRead() throws Exception {
        importSurvey("Respondent;NPS;First bill\nr1;9;2\n");
        FollowUp item = followUps.queue(Set.of()).getFirst();

        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(followUps.mayUpdate(item)).isFalse();
        assertRefused(() -> followUps.update(item.getId(), item.getVersion(), FollowUpStatus.CONTACTED, null),
                "followUp.error.notYours");
        tenant.loginAs(Role.TENANT_ADMIN);
        ownership.setDisciplinesOf(tenant.user(Role.CONTRIBUTOR).getId(), Set.of(billing.getId()));
        tenant.loginAs(Role.CONTRIBUTOR);
        FollowUp contacted = followUps.update(item.getId(), item.getVersion(), FollowUpStatus.CONTACTED,
                "  Called, sending a corrected bill ");
        assertThat(contacted.getStatus()).isEqualTo(FollowUpStatus.CONTACTED);
        assertThat(contacted.getNote()).isEqualTo("Called, sending a corrected bill");
        // a stale version never overwrites
        assertRefused(() -> followUps.update(item.getId(), item.getVersion(), FollowUpStatus.RESOLVED, null),
                "error.concurrentEdit");
        tenant.loginAs(Role.EXECUTIVE);
        assertThat(followUps.queue(Set.of())).hasSize(1);
        assertRefused(() -> followUps.update(item.getId(), contacted.getVersion(), FollowUpStatus.RESOLVED, null),
                "followUp.error.notYours");
    }

    @Test
    void anotherTenantSeesNoFollowUps() throws Exception {
        importSurvey("Respondent;NPS;First bill\nr1;2;2\n");
        FollowUp item = followUps.queue(Set.of()).getFirst();
        fixture.create("follow-up-other").loginAs(Role.CX_MANAGER);
        assertThat(followUps.queue(Set.of())).isEmpty();
        assertRefused(() -> followUps.update(item.getId(), item.getVersion(), FollowUpStatus.RESOLVED, null),
                "error.notFound");
    }

    @Test
    void withoutAJourneyOwnerALowRecommendGoesToTheJourneysMainDisciplineElseTheCxManagers() {
        Journey ownerless = journeys.create(new JourneyService.JourneyData("Ownerless", JourneyType.SIGNATURE_JOURNEY, null,
                null, null, null, null, LifecycleStage.MAPPING), List.of("Arrive"));
        Phase phase = maps.load(ownerless.getId()).momentsByPhase().keySet().iterator().next();
        Moment first = maps.addMoment(phase.getId(), "First");
        Moment second = maps.addMoment(phase.getId(), "Second");
        Moment third = maps.addMoment(phase.getId(), "Third");
        Discipline service = disciplines.save(null, null, "Service");
        ownership.setRaci(first.getId(), billing.getId(), Raci.A);
        ownership.setRaci(second.getId(), service.getId(), Raci.A);
        ownership.setRaci(third.getId(), service.getId(), Raci.A);
        Map<String, UUID> columns = new LinkedHashMap<>();
        columns.put("First", first.getId());
        surveys.importNow(new SurveyImportService.ImportRequest(ownerless.getId(), "q.csv", SurveyFiles.mapping(columns), 7,
                LocalDate.of(2026, 10, 1)), SurveyFiles.write("Respondent;NPS;First\nr1;2;8\n"));
        FollowUp toService = followUps.queue(Set.of()).getFirst();
        assertThat(toService.getDisciplineId()).as("accountable for two of three moments").isEqualTo(service.getId());
        assertThat(toService.getOwnerUserId()).isNull();

        Journey bare = journeys.create(new JourneyService.JourneyData("Bare", JourneyType.SIGNATURE_JOURNEY, null,
                null, null, null, null, LifecycleStage.MAPPING), List.of("Arrive"));
        Moment lone = maps.addMoment(maps.load(bare.getId()).momentsByPhase().keySet().iterator().next().getId(), "Lone");
        surveys.importNow(new SurveyImportService.ImportRequest(bare.getId(), "bare.csv",
                SurveyFiles.mapping(Map.of("Lone", lone.getId())), 7, LocalDate.of(2026, 10, 1)),
                SurveyFiles.write("Respondent;NPS;Lone\nb1;1;8\n"));
        FollowUp toManagers = followUps.queue(Set.of()).stream().filter(f -> f.getRespondentRef().equals("b1"))
                .findFirst().orElseThrow();
        assertThat(toManagers.route().forCxManagers()).isTrue();
        assertThat(followUps.queue(Set.of(), FollowUpService.Scope.MINE)).extracting(FollowUp::getRespondentRef)
                .as("a CX manager's own queue holds what nobody else answers for").containsExactly("b1");

        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(followUps.myOpenCount()).isZero();
        assertThat(followUps.queue(Set.of(), FollowUpService.Scope.MINE)).isEmpty();
        tenant.loginAs(Role.TENANT_ADMIN);
        ownership.setDisciplinesOf(tenant.user(Role.CONTRIBUTOR).getId(), Set.of(service.getId()));
        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(followUps.myOpenCount()).isEqualTo(1);
        assertThat(followUps.queue(Set.of(), FollowUpService.Scope.MY_DISCIPLINES)).extracting(FollowUp::getRespondentRef)
                .containsExactly("r1");
        assertThat(followUps.queue(Set.of(), FollowUpService.Scope.MINE)).isEmpty();
        tenant.loginAs(Role.CX_MANAGER);
        assertThat(followUps.myOpenCount()).isEqualTo(1);
    }

    private void importSurvey(String csv) {
        Map<String, UUID> moments = new LinkedHashMap<>();
        if (csv.contains("Welcome")) {
            moments.put("Welcome", welcome.getId());
        }
        moments.put("First bill", bill.getId());
        surveys.importNow(new SurveyImportService.ImportRequest(journey.getId(), "q.csv",
                SurveyFiles.mapping(moments), 7, LocalDate.of(2026, 10, 1)), SurveyFiles.write(csv));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
