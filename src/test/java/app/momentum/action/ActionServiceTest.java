package app.momentum.action;

import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.internal.ActionEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.journey.MomentRemoval;
import app.momentum.action.ActionService.ActionData;
import app.momentum.action.ActionService.ActionFilter;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.base.UserFacingException;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.notification.internal.Notification;
import app.momentum.notification.NotificationService;
import app.momentum.notification.NotificationType;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Improvement actions through the service: roles, workflow, notifications, moments, export, tenants. */
@SpringBootTest
class ActionServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired ActionService actions;
    @Autowired ActionExport export;
    @Autowired MomentRemoval removal;
    @Autowired NotificationService notifications;
    @Autowired app.momentum.testsupport.ModuleEvents moduleEvents;
    @Autowired DisciplineOverview overview;
    @Autowired app.momentum.discipline.DisciplineService disciplines;
    @Autowired app.momentum.brand.TenantDefaults defaults;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired app.momentum.action.ActionBackdating backdating;
    @Autowired app.momentum.ownership.OwnershipService ownership;

    TestTenant tenant;
    Journey journey;
    Moment moment;

    @BeforeEach
    void aJourneyWithAMoment() {
        tenant = fixture.create("actions");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Journey", JourneyType.SIGNATURE_JOURNEY, null, null, null,
                null, null, LifecycleStage.MAPPING), List.of("Phase"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        moment = maps.addMoment(phase.getId(), "Welcome call");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aManagerAssignsAnActionAndTheOwnerIsNotified() {
        ImprovementAction action = actions.create(data("Call within a day", tenant.user(Role.CONTRIBUTOR).getId(),
                LocalDate.now().plusDays(10)), ActionStatus.PLANNED);
        assertThat(action.getStatus()).isEqualTo(ActionStatus.PLANNED);
        assertThat(action.getOwnerUserId()).isEqualTo(tenant.user(Role.CONTRIBUTOR).getId());
        tenant.loginAs(Role.CONTRIBUTOR);
        moduleEvents.awaitDelivered();
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.recent()).singleElement().satisfies(n -> {
            assertThat(n.getType()).isEqualTo(NotificationType.ASSIGNED);
            assertThat(n.getSubject()).isEqualTo("Call within a day");
        });
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void aContributorProposesOnlyIdeasOfTheirOwnAndMovesOnlyTheirOwn() {
        ImprovementAction managers = actions.create(data("Managers' action", tenant.user(Role.CX_MANAGER).getId(), null),
                ActionStatus.PLANNED);
        tenant.loginAs(Role.CONTRIBUTOR);
        assertRefused(() -> actions.create(data("Plan", null, null), ActionStatus.PLANNED), "action.error.notAllowed");
        ImprovementAction idea = actions.create(data("My idea", tenant.user(Role.CX_MANAGER).getId(), null), ActionStatus.IDEA);
        assertThat(idea.getOwnerUserId()).isEqualTo(tenant.user(Role.CONTRIBUTOR).getId());
        ImprovementAction planned = actions.changeStatus(idea.getId(), idea.getVersion(), ActionStatus.PLANNED, null);
        assertThat(actions.changeStatus(planned.getId(), planned.getVersion(), ActionStatus.IN_PROGRESS, null).getStatus())
                .isEqualTo(ActionStatus.IN_PROGRESS);
        assertRefused(() -> actions.changeStatus(managers.getId(), managers.getVersion(), ActionStatus.IN_PROGRESS, null),
                "action.error.notAllowed");
        tenant.loginAs(Role.EXECUTIVE);
        assertRefused(() -> actions.create(data("No", null, null), ActionStatus.IDEA), "action.error.notAllowed");
        assertRefused(() -> actions.comment(idea.getId(), "no"), "action.error.notAllowed");
        assertThat(actions.count(ActionFilter.all())).isEqualTo(2);
    }

    @Test
    void theWorkflowRefusesIllegalStepsAndAsksForReasonsAndEvidence() {
        ImprovementAction action = actions.create(data("Steps", null, null), ActionStatus.IDEA);
        assertRefused(() -> actions.changeStatus(action.getId(), action.getVersion(), ActionStatus.DONE, null), "action.error.transition");
        assertRefused(() -> actions.changeStatus(action.getId(), action.getVersion(), ActionStatus.DROPPED, " "), "action.error.dropReason");
        ImprovementAction planned = actions.changeStatus(action.getId(), action.getVersion(), ActionStatus.PLANNED, null);
        ImprovementAction going = actions.changeStatus(planned.getId(), planned.getVersion(), ActionStatus.IN_PROGRESS, null);
        ImprovementAction done = actions.changeStatus(going.getId(), going.getVersion(), ActionStatus.DONE, null);
        assertRefused(() -> actions.changeStatus(done.getId(), done.getVersion(), ActionStatus.EFFECT_VERIFIED, ""), "action.error.evidence");
        ImprovementAction verified = actions.changeStatus(done.getId(), done.getVersion(), ActionStatus.EFFECT_VERIFIED,
                "NPS of the moment rose from 12 to 31");
        assertThat(verified.getStatusNote()).isEqualTo("NPS of the moment rose from 12 to 31");
        assertThat(actions.history(action.getId())).filteredOn(e -> e.getKind() == ActionEvent.Kind.STATUS)
                .extracting(ActionEvent::getToStatus)
                .containsExactly(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.EFFECT_VERIFIED);
    }

    @Test
    void mentionsInCommentsNotifyTheMember() {
        ImprovementAction action = actions.create(data("Mentions", null, null), ActionStatus.PLANNED);
        var executive = tenant.user(Role.EXECUTIVE);
        actions.comment(action.getId(), "Please look, @" + executive.getDisplayName());
        tenant.loginAs(Role.EXECUTIVE);
        moduleEvents.awaitDelivered();
        assertThat(notifications.recent()).extracting(Notification::getType).containsExactly(NotificationType.MENTIONED);
    }

    @Test
    void myActionsShowOverdueFirstThenByDueDate() {
        UUID me = tenant.user(Role.CX_MANAGER).getId();
        actions.create(data("Later", me, LocalDate.now().plusDays(20)), ActionStatus.PLANNED);
        backdating.dueOn(actions.create(data("Overdue", me, LocalDate.now().plusDays(2)), ActionStatus.IN_PROGRESS).getId(),
                LocalDate.now().minusDays(2));
        actions.create(data("Soon", me, LocalDate.now().plusDays(1)), ActionStatus.PLANNED);
        actions.create(data("Someday", me, null), ActionStatus.IDEA);
        assertThat(actions.myActions()).extracting(ImprovementAction::getTitle).containsExactly("Overdue", "Soon", "Later", "Someday");
        assertThat(actions.list(new ActionFilter(null, null, null, null, null, true, null), PageRequest.of(0, 10)))
                .extracting(ImprovementAction::getTitle).containsExactly("Overdue");
    }

    @Test
    void deletingAMomentKeepsOrDropsItsOpenActions() {
        ImprovementAction kept = actions.create(data("Kept", null, null), ActionStatus.PLANNED);
        assertThat(actions.openCountsByMoment(journey.getId())).containsEntry(moment.getId(), 1L);
        removal.remove(moment.getId(), false, null);
        ImprovementAction afterwards = actions.find(kept.getId()).orElseThrow();
        assertThat(afterwards.getMomentIds()).isEmpty();
        assertThat(afterwards.getStatus()).isEqualTo(ActionStatus.PLANNED);

        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment second = maps.addMoment(phase.getId(), "Second");
        ImprovementAction dropped = actions.create(new ActionData(journey.getId(), List.of(second.getId()), "Dropped", null,
                ActionType.FUNCTIONAL_FIX, null, null, List.of(), null, Priority.LOW, null, null, null, Effort.S), ActionStatus.PLANNED);
        assertRefused(() -> removal.remove(second.getId(), true, ""), "action.error.dropReason");
        assertThat(maps.findMoment(second.getId())).isPresent(); // nothing half-done
        removal.remove(second.getId(), true, "The moment is gone");
        assertThat(actions.find(dropped.getId()).orElseThrow().getStatus()).isEqualTo(ActionStatus.DROPPED);
    }

    @Test
    void exportsNeutraliseFormulas() throws Exception {
        actions.create(data("=HYPERLINK(\"http://evil\")", null, null), ActionStatus.PLANNED);
        String csv = new String(export.csv(ActionFilter.all(), Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(ActionFilter.all(), Locale.forLanguageTag("nl"))))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Titel");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).startsWith("'=HYPERLINK");
        }
    }

    @Test
    void anotherTenantSeesAndChangesNoneOfIt() {
        ImprovementAction action = actions.create(data("Secret", tenant.user(Role.CONTRIBUTOR).getId(), null), ActionStatus.PLANNED);
        TestTenant other = fixture.create("other");
        other.loginAs(Role.TENANT_ADMIN);
        assertThat(actions.find(action.getId())).isEmpty();
        assertThat(actions.count(ActionFilter.all())).isZero();
        assertThat(actions.openCountsByMoment(journey.getId())).isEmpty();
        assertRefused(() -> actions.changeStatus(action.getId(), action.getVersion(), ActionStatus.IN_PROGRESS, null), "error.notFound");
        assertRefused(() -> actions.comment(action.getId(), "hello"), "error.notFound");
        assertRefused(() -> actions.history(action.getId()), "error.notFound");
        assertRefused(() -> actions.create(data("Into their journey", null, null), ActionStatus.PLANNED), "error.notFound");
        moduleEvents.awaitDelivered();
        assertThat(notifications.recent()).isEmpty();
        tenant.loginAs(Role.CONTRIBUTOR);
        UUID theirNotification = notifications.recent().getFirst().getId();
        other.loginAs(Role.TENANT_ADMIN);
        assertRefused(() -> notifications.markRead(theirNotification), "error.notFound");
    }

    @Test
    void theDisciplineOverviewCountsOpenOverdueAndDoneActions() {
        transaction.executeWithoutResult(status -> defaults.apply(Locale.ENGLISH));
        UUID marketing = disciplines.list().getFirst().getId();
        ActionData late = new ActionData(journey.getId(), List.of(), "Late", null, ActionType.FUNCTIONAL_FIX, marketing, null,
                List.of(), LocalDate.now().plusDays(5), Priority.HIGH, null, null, null, Effort.S);
        backdating.dueOn(actions.create(late, ActionStatus.PLANNED).getId(), LocalDate.now().minusDays(5));
        ImprovementAction finished = actions.create(new ActionData(journey.getId(), List.of(), "Finished", null, ActionType.FUNCTIONAL_FIX,
                marketing, null, List.of(), null, Priority.LOW, null, null, null, Effort.S), ActionStatus.IN_PROGRESS);
        actions.changeStatus(finished.getId(), finished.getVersion(), ActionStatus.DONE, null);
        DisciplineOverview.Row row = overview.rows().stream().filter(r -> r.discipline().id().equals(marketing)).findFirst().orElseThrow();
        assertThat(row.open()).isEqualTo(1);
        assertThat(row.overdue()).isEqualTo(1);
        assertThat(row.done()).isEqualTo(1);
    }

    @Test
    void anExecutiveCannotOwnOrHelpWithAnActionTheyCannotWorkOn() {
        UUID executive = tenant.user(Role.EXECUTIVE).getId();
        assertThat(actions.mayOwn(executive)).isFalse();
        assertThat(actions.mayOwn(tenant.user(Role.CONTRIBUTOR).getId())).isTrue();
        assertThat(actions.mayOwn(null)).isFalse();
        assertRefused(() -> actions.create(data("Exec's job", executive, null), ActionStatus.PLANNED), "action.error.ownerMayNotWork");
        ImprovementAction action = actions.create(data("Someone's job", tenant.user(Role.CONTRIBUTOR).getId(), null),
                ActionStatus.PLANNED);
        ActionData toExecutive = new ActionData(journey.getId(), List.of(moment.getId()), "Someone's job", null,
                ActionType.EMOTIONAL_CONCEPT, null, executive, List.of(), null, Priority.HIGH, null, null, null, Effort.M);
        assertRefused(() -> actions.update(action.getId(), action.getVersion(), toExecutive), "action.error.ownerMayNotWork");
        ActionData executiveHelps = new ActionData(journey.getId(), List.of(moment.getId()), "Someone's job", null,
                ActionType.EMOTIONAL_CONCEPT, null, null, List.of(executive), null, Priority.HIGH, null, null, null, Effort.M);
        assertRefused(() -> actions.update(action.getId(), action.getVersion(), executiveHelps), "action.error.ownerMayNotWork");
        assertThat(actions.find(action.getId()).orElseThrow().getOwnerUserId()).isEqualTo(tenant.user(Role.CONTRIBUTOR).getId());
        tenant.loginAs(Role.EXECUTIVE);
        moduleEvents.awaitDelivered();
        assertThat(notifications.recent()).isEmpty();
    }

    @Test
    void aNewActionIsNotDueInThePastButAnOverdueOneMayKeepItsDate() {
        assertRefused(() -> actions.create(data("Too late", null, LocalDate.now().minusDays(1)), ActionStatus.PLANNED),
                "action.error.duePast");
        assertThat(actions.count(ActionFilter.all())).isZero();
        ImprovementAction today = actions.create(data("Today", null, actions.today()), ActionStatus.PLANNED);
        ImprovementAction late = backdating.dueOn(today.getId(), actions.today().minusDays(4));
        ActionData renamed = new ActionData(journey.getId(), List.of(moment.getId()), "Still late", null,
                ActionType.EMOTIONAL_CONCEPT, null, null, List.of(), late.getDueDate(), Priority.HIGH, null, null, null, Effort.M);
        ImprovementAction kept = actions.update(late.getId(), late.getVersion(), renamed);
        assertThat(kept.getDueDate()).isEqualTo(actions.today().minusDays(4));
        ActionData movedBack = new ActionData(journey.getId(), List.of(moment.getId()), "Still late", null,
                ActionType.EMOTIONAL_CONCEPT, null, null, List.of(), actions.today().minusDays(10), Priority.HIGH, null, null,
                null, Effort.M);
        assertRefused(() -> actions.update(kept.getId(), kept.getVersion(), movedBack), "action.error.duePast");
    }

    @Test
    void aNewActionForAMomentStartsWithTheMomentsAccountableDiscipline() {
        transaction.executeWithoutResult(status -> defaults.apply(Locale.ENGLISH));
        UUID accountable = disciplines.list().get(1).getId();
        assertThat(actions.defaultDiscipline(List.of(moment.getId()))).isNull();
        ownership.setRaci(moment.getId(), accountable, app.momentum.ownership.domain.Raci.A);
        assertThat(actions.defaultDiscipline(List.of(moment.getId()))).isEqualTo(accountable);
        assertThat(actions.defaultDiscipline(List.of())).isNull();
    }

    private ActionData data(String title, UUID owner, LocalDate due) {
        return new ActionData(journey.getId(), List.of(moment.getId()), title, null, ActionType.EMOTIONAL_CONCEPT, null, owner,
                List.of(), due, Priority.HIGH, "Warmer welcome", "NPS", "+10", Effort.M);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessage(messageKey);
    }
}
