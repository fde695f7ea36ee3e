package app.momentum.journey;

import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import static app.momentum.journey.JourneyTestData.journey;
import static app.momentum.journey.JourneyTestData.moment;
import static app.momentum.journey.JourneyTestData.phases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.UserFacingException;
import app.momentum.journey.JourneyMapService.JourneyMap;
import app.momentum.journey.JourneyService.JourneyFilter;
import app.momentum.journey.signature.CheckRule;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** The portfolio and the map: what users rely on when they build and manage journeys. */
@SpringBootTest
class JourneyServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    TestTenant tenant;

    @BeforeEach
    void loginAsCxManager() {
        tenant = fixture.create("journeys");
        tenant.loginAs(Role.CX_MANAGER);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aNewJourneyStartsWithTheTemplatesPhases() {
        Journey created = journeys.create(journey("Moving house"), phases("Orientation", "Purchase", "Use"));
        JourneyMap map = maps.load(created.getId());
        assertThat(map.momentsByPhase().keySet()).extracting(Phase::getName).containsExactly("Orientation", "Purchase", "Use");
        assertThat(created.getLifecycleStage()).isEqualTo(LifecycleStage.MAPPING);
        assertThat(created.getCheckStatus()).isEqualTo(CheckStatus.FAIL); // no moment of truth yet
    }

    @Test
    void editingKeepsTheStageWhichMovesOnlyFromTheStageTheCallerSaw() {
        Journey created = journeys.create(journey("Moving house"), List.of());
        Journey edited = journeys.update(created.getId(), created.getVersion(), new JourneyService.JourneyData(
                "Moving house", JourneyType.SIGNATURE_JOURNEY, null, null, null, null, null, LifecycleStage.MANAGEMENT));
        assertThat(edited.getLifecycleStage()).isEqualTo(LifecycleStage.MAPPING);

        assertThat(journeys.moveStage(created.getId(), LifecycleStage.MAPPING, LifecycleStage.MAKING).stage())
                .isEqualTo(LifecycleStage.MAKING);
        assertRefused(() -> journeys.moveStage(created.getId(), LifecycleStage.MAPPING, LifecycleStage.MAKING),
                "journey.error.stageMoved");
        assertThat(journeys.find(created.getId()).orElseThrow().getLifecycleStage()).isEqualTo(LifecycleStage.MAKING);
        assertThat(journeys.saveBaseline(created.getId(), "Cycle 2 start")).isEqualTo("Cycle 2 start");
        assertThat(journeys.saveBaseline(created.getId(), "Cycle 2 start")).isEqualTo("Cycle 2 start (2)");

        tenant.loginAs(Role.CONTRIBUTOR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> journeys.moveStage(created.getId(),
                LifecycleStage.MAKING, LifecycleStage.MINING))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void detailsAreValidated() {
        assertRefused(() -> journeys.create(journey(" "), List.of()), "journey.error.name");
        assertRefused(() -> journeys.create(new JourneyService.JourneyData("X", null, null, null, null, null, null, null),
                List.of()), "journey.error.type");
        assertRefused(() -> journeys.create(new JourneyService.JourneyData("X", JourneyType.SIGNATURE_JOURNEY, null, null, null,
                null, java.util.UUID.randomUUID(), null), List.of()), "journey.error.owner");
    }

    @Test
    void everyRefusedDetailIsReportedAtOnce() {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(app.momentum.base.InvalidInputException.class,
                () -> journeys.create(new JourneyService.JourneyData(" ", null, null, "x".repeat(501), null, null,
                        java.util.UUID.randomUUID(), null), List.of()));
        assertThat(refused.problems()).extracting(p -> p.field() + ":" + p.problem().messageKey())
                .containsExactly("name:journey.error.name", "type:journey.error.type", "startsAt:validation.tooLong",
                        "owner:journey.error.owner");
    }

    @Test
    void thePortfolioFiltersSortsAndPages() {
        journeys.create(journey("Alpha mortgage"), List.of());
        journeys.create(new JourneyService.JourneyData("Beta complaint", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null,
                null, "about 100% of calls", tenant.user(Role.CONTRIBUTOR).getId(), LifecycleStage.MAKING), List.of());
        Journey gamma = journeys.create(journey("Gamma onboarding"), List.of());
        journeys.setArchived(gamma.getId(), true);

        PageRequest byName = PageRequest.of(0, 10, Sort.by("name"));
        assertThat(journeys.list(JourneyFilter.active(), byName)).extracting(Journey::getName)
                .containsExactly("Alpha mortgage", "Beta complaint");
        assertThat(names(new JourneyFilter("MORTGAGE", null, null, null, null, false))).containsExactly("Alpha mortgage");
        assertThat(names(new JourneyFilter("100%", null, null, null, null, false))).containsExactly("Beta complaint");
        assertThat(names(new JourneyFilter(null, JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null, null, false)))
                .containsExactly("Beta complaint");
        assertThat(names(new JourneyFilter(null, null, null, tenant.user(Role.CONTRIBUTOR).getId(), null, false)))
                .containsExactly("Beta complaint");
        assertThat(names(new JourneyFilter(null, null, null, null, LifecycleStage.MAKING, false))).containsExactly("Beta complaint");
        assertThat(names(new JourneyFilter(null, null, null, null, null, true))).containsExactly("Gamma onboarding");
        assertThat(journeys.count(JourneyFilter.active())).isEqualTo(2);
        assertThat(journeys.list(JourneyFilter.active(), PageRequest.of(1, 1, Sort.by("name")))).extracting(Journey::getName)
                .containsExactly("Beta complaint");
    }

    @Test
    void duplicatingCopiesPhasesAndMomentsIntoANewMappingJourney() {
        Journey original = journeys.create(journey("Original"), phases("One", "Two"));
        Phase two = maps.load(original.getId()).momentsByPhase().keySet().stream().skip(1).findFirst().orElseThrow();
        Moment call = maps.addMoment(two.getId(), "Call");
        maps.saveMoment(call.getId(), call.getVersion(), moment("Call", TargetLevel.NINE_PLUS, true, 2));
        Journey copy = journeys.duplicate(original.getId(), "Copy of Original");
        JourneyMap copied = maps.load(copy.getId());
        assertThat(copied.momentsByPhase().keySet()).extracting(Phase::getName).containsExactly("One", "Two");
        assertThat(copied.moments()).singleElement().satisfies(m -> {
            assertThat(m.getTitle()).isEqualTo("Call");
            assertThat(m.getTargetLevel()).isEqualTo(TargetLevel.NINE_PLUS);
            assertThat(m.getId()).isNotEqualTo(call.getId());
        });
        assertThat(maps.load(original.getId()).moments()).hasSize(1);
    }

    @Test
    void momentsMoveWithinAndBetweenPhases() {
        Journey journey = journeys.create(journey("Moves"), phases("A", "B"));
        List<Phase> phaseList = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet());
        Moment first = maps.addMoment(phaseList.get(0).getId(), "first");
        maps.addMoment(phaseList.get(0).getId(), "second");
        Moment third = maps.addMoment(phaseList.get(0).getId(), "third");
        maps.moveMoment(third.getId(), phaseList.get(0).getId(), 0);
        assertThat(titles(journey, 0)).containsExactly("third", "first", "second");
        maps.moveMoment(first.getId(), phaseList.get(1).getId(), Integer.MAX_VALUE);
        assertThat(titles(journey, 0)).containsExactly("third", "second");
        assertThat(titles(journey, 1)).containsExactly("first");
    }

    @Test
    void aDroppedMomentLandsBeforeTheMomentItIsDroppedOnOrAtTheEnd() {
        Journey journey = journeys.create(journey("Drops"), phases("A", "B"));
        List<Phase> phaseList = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet());
        UUID a = phaseList.get(0).getId();
        UUID b = phaseList.get(1).getId();
        Moment first = maps.addMoment(a, "first");
        Moment second = maps.addMoment(a, "second");
        Moment third = maps.addMoment(a, "third");
        Moment other = maps.addMoment(b, "other");

        maps.moveMoment(first.getId(), a, third.getId()); // forward within the phase
        assertThat(titles(journey, 0)).containsExactly("second", "first", "third");
        maps.moveMoment(third.getId(), a, second.getId()); // backward within the phase
        assertThat(titles(journey, 0)).containsExactly("third", "second", "first");
        maps.moveMoment(second.getId(), a, second.getId()); // dropped on itself
        assertThat(titles(journey, 0)).containsExactly("third", "second", "first");
        maps.moveMoment(third.getId(), a, (UUID) null); // to the end of its own phase
        assertThat(titles(journey, 0)).containsExactly("second", "first", "third");
        maps.moveMoment(first.getId(), b, other.getId()); // into another phase, before a moment
        assertThat(titles(journey, 0)).containsExactly("second", "third");
        assertThat(titles(journey, 1)).containsExactly("first", "other");
        maps.moveMoment(second.getId(), b, (UUID) null); // to the end of another phase
        assertThat(titles(journey, 1)).containsExactly("first", "other", "second");
        maps.moveMoment(third.getId(), b, UUID.randomUUID()); // before a moment that is not there: the end
        assertThat(titles(journey, 0)).isEmpty();
        assertThat(titles(journey, 1)).containsExactly("first", "other", "second", "third");
    }

    @Test
    void aDropWithUnknownIdsOrOnAnArchivedJourneyOrByAnExecutiveIsRefused() {
        Journey journey = journeys.create(journey("Refused drops"), phases("A"));
        UUID phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next().getId();
        Moment moment = maps.addMoment(phase, "moment");
        assertRefused(() -> maps.moveMoment(UUID.randomUUID(), phase, (UUID) null), "error.notFound");
        assertRefused(() -> maps.moveMoment(UUID.randomUUID(), phase, moment.getId()), "error.notFound");
        assertRefused(() -> maps.moveMoment(moment.getId(), UUID.randomUUID(), (UUID) null), "error.notFound");
        UUID unknown = UUID.randomUUID();
        assertRefused(() -> maps.moveMoment(unknown, phase, unknown), "error.notFound");

        journeys.setArchived(journey.getId(), true);
        assertRefused(() -> maps.moveMoment(moment.getId(), phase, (UUID) null), "journey.error.archived");
        journeys.setArchived(journey.getId(), false);

        tenant.loginAs(Role.EXECUTIVE);
        assertThatThrownBy(() -> maps.moveMoment(moment.getId(), phase, (UUID) null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCheckFollowsTheMapAndIsStoredForThePortfolio() {
        Journey journey = journeys.create(journey("Check"), phases("A"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment moment = maps.addMoment(phase.getId(), "Welcome");
        assertThat(maps.load(journey.getId()).check().item(CheckRule.MOMENT_OF_TRUTH_NINE_PLUS).status()).isEqualTo(CheckStatus.FAIL);
        maps.saveMoment(moment.getId(), moment.getVersion(), moment("Welcome", TargetLevel.NINE_PLUS, true, 3));
        assertThat(maps.load(journey.getId()).check().item(CheckRule.MOMENT_OF_TRUTH_NINE_PLUS).status()).isEqualTo(CheckStatus.PASS);
        assertThat(journeys.find(journey.getId()).orElseThrow().getCheckStatus())
                .isEqualTo(maps.load(journey.getId()).check().overall());
    }

    @Test
    void aPhaseWithMomentsIsNotDeletedAndArchivedJourneysAreReadOnly() {
        Journey journey = journeys.create(journey("Guarded"), phases("A"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        maps.addMoment(phase.getId(), "Keep me");
        assertRefused(() -> maps.deletePhase(phase.getId()), "journey.error.phaseNotEmpty");
        journeys.setArchived(journey.getId(), true);
        assertRefused(() -> maps.addMoment(phase.getId(), "No"), "journey.error.archived");
        journeys.setArchived(journey.getId(), false);
        assertThat(maps.addMoment(phase.getId(), "Yes").getTitle()).isEqualTo("Yes");
    }

    @Test
    void momentInputIsValidatedAndStaleSavesRefused() {
        Journey journey = journeys.create(journey("Validate"), phases("A"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment moment = maps.addMoment(phase.getId(), "M");
        assertRefused(() -> maps.saveMoment(moment.getId(), moment.getVersion(), moment(" ", TargetLevel.SEVEN_PLUS, false, 1)),
                "journey.error.momentTitle");
        assertRefused(() -> maps.saveMoment(moment.getId(), moment.getVersion(), moment("M", TargetLevel.SEVEN_PLUS, false, 4)),
                "journey.error.desiredEmotion");
        maps.saveMoment(moment.getId(), moment.getVersion(), moment("M2", TargetLevel.SEVEN_PLUS, false, 1));
        assertThatThrownBy(() -> maps.saveMoment(moment.getId(), moment.getVersion(), moment("M3", TargetLevel.SEVEN_PLUS, false, 1)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(maps.load(journey.getId()).moments()).singleElement().extracting(Moment::getTitle).isEqualTo("M2");
    }

    @Test
    void contributorsEditMapsButDoNotManageJourneysAndExecutivesOnlyRead() {
        Journey journey = journeys.create(journey("Roles"), phases("A"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();

        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(maps.addMoment(phase.getId(), "by contributor").getTitle()).isEqualTo("by contributor");
        assertThatThrownBy(() -> journeys.setArchived(journey.getId(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> journeys.create(journey("X"), List.of())).isInstanceOf(AccessDeniedException.class);

        tenant.loginAs(Role.EXECUTIVE);
        assertThat(maps.load(journey.getId()).moments()).hasSize(1);
        assertThatThrownBy(() -> maps.addMoment(phase.getId(), "by executive")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> maps.addPhase(journey.getId(), "B")).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> names(JourneyFilter filter) {
        return journeys.list(filter, PageRequest.of(0, 10, Sort.by("name"))).stream().map(Journey::getName).toList();
    }

    private List<String> titles(Journey journey, int phaseIndex) {
        JourneyMap map = maps.load(journey.getId());
        Phase phase = List.copyOf(map.momentsByPhase().keySet()).get(phaseIndex);
        return map.momentsByPhase().get(phase).stream().map(Moment::getTitle).toList();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessage(messageKey);
    }
}
