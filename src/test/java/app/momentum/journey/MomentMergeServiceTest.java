package app.momentum.journey;

import static app.momentum.journey.JourneyTestData.journey;
import static app.momentum.journey.JourneyTestData.phases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.journey.collab.ActivityAction;
import app.momentum.journey.collab.JourneyActivity;
import app.momentum.journey.collab.JourneyCollaboration;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two people editing one moment at once (issue 12): different fields merge, the same field is the second saver's
 * decision, and moving, deleting and archiving meanwhile have defined outcomes.
 */
@SpringBootTest
class MomentMergeServiceTest {

    static final String DOES = "The customer calls the bank. The agent checks the file. A letter follows.";

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired JourneyCollaboration collaboration;

    TestTenant tenant;
    Journey journey;
    List<Phase> phaseList;
    Moment opened;
    /** The moment's fields as both editors opened it. */
    Map<MomentField, Object> base;

    @BeforeEach
    void aMomentTwoPeopleOpen() {
        tenant = fixture.create("merging");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(journey("Merging"), phases("A", "B"));
        phaseList = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet());
        Moment added = maps.addMoment(phaseList.get(0).getId(), "Welcome");
        maps.saveField(added.getId(), MomentField.CUSTOMER_DOES, null, DOES);
        opened = stored();
        base = MomentField.values(JourneyMapService.MomentData.of(opened));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void changesOfDifferentFieldsMergeAndBothSurvive() {
        MomentSave first = maps.saveFields(opened.getId(), base, with(MomentField.TITLE, "Warm welcome"));
        MomentSave second = maps.saveFields(opened.getId(), base, with(MomentField.CURRENT_EMOTION, -2, MomentField.NATURE,
                MomentNature.EMOTIONAL));

        assertThat(first).isInstanceOf(MomentSave.Saved.class);
        assertThat(second).isEqualTo(new MomentSave.Saved(stored().getVersion(),
                java.util.Set.of(MomentField.CURRENT_EMOTION, MomentField.NATURE)));
        assertThat(((MomentSave.Saved) first).version()).isLessThan(((MomentSave.Saved) second).version());
        Moment now = stored();
        assertThat(now.getTitle()).isEqualTo("Warm welcome");
        assertThat(now.getCurrentEmotion()).isEqualTo(-2);
        assertThat(now.getNature()).isEqualTo(MomentNature.EMOTIONAL);
        assertThat(now.getCustomerDoes()).isEqualTo(DOES);
        // the history names each save's own change, as a full save does
        JourneyActivity last = collaboration.history(journey.getId()).getFirst();
        assertThat(last.getAction()).isEqualTo(ActivityAction.MOMENT_CHANGED);
        assertThat(last.getChanges()).contains(new JourneyActivity.FieldChange("moment.currentEmotion", "", "-2"))
                .noneMatch(change -> change.fieldKey().equals("moment.name"));
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictAndNothingIsStored() {
        maps.saveFields(opened.getId(), base, with(MomentField.TITLE, "Theirs"));
        long version = stored().getVersion();

        MomentSave outcome = maps.saveFields(opened.getId(), base,
                with(MomentField.TITLE, "Mine", MomentField.DESIRED_EMOTION, 3));

        assertThat(outcome).isEqualTo(new MomentSave.Conflicted(
                List.of(new FieldConflict(MomentField.TITLE, "Welcome", "Mine", "Theirs")), version));
        assertThat(stored().getTitle()).isEqualTo("Theirs");
        assertThat(stored().getDesiredEmotion()).isNull(); // not even the field without conflict
        assertThat(stored().getVersion()).isEqualTo(version);
    }

    @Test
    void theSecondSaverKeepsTheirsOrTheirOwnOrTypesANewValue() {
        for (String choice : List.of("Theirs", "Mine", "Typed anew")) {
            Moment moment = maps.addMoment(phaseList.get(0).getId(), "Welcome");
            Map<MomentField, Object> start = MomentField.values(JourneyMapService.MomentData.of(moment));
            maps.saveField(moment.getId(), MomentField.TITLE, "Welcome", "Theirs");
            Map<MomentField, Object> mine = with(MomentField.TITLE, "Mine", MomentField.MOMENT_OF_TRUTH, true);
            MomentSave.Conflicted seen = (MomentSave.Conflicted) maps.saveFields(moment.getId(), start, mine);

            MomentSave outcome = maps.resolveFields(moment.getId(), start, mine, seen, Map.of(MomentField.TITLE, choice));

            assertThat(outcome).isInstanceOf(MomentSave.Saved.class);
            Moment now = maps.findMoment(moment.getId()).orElseThrow();
            assertThat(now.getTitle()).isEqualTo(choice);
            assertThat(now.isMomentOfTruth()).isTrue();
            assertThat(((MomentSave.Saved) outcome).applied()).contains(MomentField.MOMENT_OF_TRUTH);
        }
    }

    @Test
    void aFieldChangedAgainWhileTheSaverDecidedConflictsAgainWithTheNewestValue() {
        maps.saveFields(opened.getId(), base, with(MomentField.TITLE, "Theirs"));
        Map<MomentField, Object> mine = with(MomentField.TITLE, "Mine");
        MomentSave.Conflicted seen = (MomentSave.Conflicted) maps.saveFields(opened.getId(), base, mine);
        maps.saveField(opened.getId(), MomentField.TITLE, "Theirs", "Theirs again");

        MomentSave again = maps.resolveFields(opened.getId(), base, mine, seen, Map.of(MomentField.TITLE, "Mine"));

        assertThat(again).isInstanceOf(MomentSave.Conflicted.class);
        assertThat(((MomentSave.Conflicted) again).conflicts())
                .containsExactly(new FieldConflict(MomentField.TITLE, "Theirs", "Mine", "Theirs again"));
        assertThat(stored().getTitle()).isEqualTo("Theirs again");

        // deciding against the newest value saves; so does the variant that keeps no conflicts
        MomentEdit decided = new MomentEdit(base, mine).decided(seen, Map.of(MomentField.TITLE, "Mine"));
        assertThat(maps.resolveFields(opened.getId(), decided.base(), decided.mine(), (MomentSave.Conflicted) again,
                Map.of(MomentField.TITLE, "Mine"))).isInstanceOf(MomentSave.Saved.class);
        assertThat(stored().getTitle()).isEqualTo("Mine");
        maps.saveField(opened.getId(), MomentField.TITLE, "Mine", "Other");
        assertThat(maps.resolveFields(opened.getId(), base, mine, Map.of(MomentField.TITLE, "Final")))
                .isInstanceOf(MomentSave.Saved.class);
        assertThat(stored().getTitle()).isEqualTo("Final");
    }

    @Test
    void nonOverlappingEditsOfOneLongTextMergeWordByWord() {
        maps.saveField(opened.getId(), MomentField.CUSTOMER_DOES, DOES, DOES.replace("A letter", "An email"));
        MomentSave outcome = maps.saveField(opened.getId(), MomentField.CUSTOMER_DOES, DOES, DOES.replace("calls", "phones"));
        assertThat(outcome).isInstanceOf(MomentSave.Saved.class);
        assertThat(stored().getCustomerDoes()).isEqualTo("The customer phones the bank. The agent checks the file. An email follows.");
    }

    @Test
    void savingWhatIsStoredAlreadyChangesNothing() {
        long version = stored().getVersion();
        Map<MomentField, Object> form = new EnumMap<>(base);
        form.put(MomentField.OTHER_PARTY, ""); // an empty form field is no change
        assertThat(maps.saveFields(opened.getId(), base, form)).isEqualTo(new MomentSave.Saved(version, java.util.Set.of()));
        assertThat(stored().getVersion()).isEqualTo(version);
    }

    @Test
    void aMomentDeletedMeanwhileIsSaidSoAndNothingIsSaved() {
        maps.deleteMoment(opened.getId());
        assertRefused(() -> maps.saveFields(opened.getId(), base, with(MomentField.TITLE, "Mine")),
                "journey.error.momentDeletedMeanwhile");
        assertRefused(() -> maps.saveField(opened.getId(), MomentField.TITLE, "Welcome", "Mine"),
                "journey.error.momentDeletedMeanwhile");
        assertRefused(() -> maps.resolveFields(opened.getId(), base, with(MomentField.TITLE, "Mine"), Map.of()),
                "journey.error.momentDeletedMeanwhile");
        assertThat(maps.load(journey.getId()).moments()).isEmpty();
    }

    @Test
    void aMomentMovedMeanwhileTakesTheFieldEditsAndStaysWhereItWasMoved() {
        Moment other = maps.addMoment(phaseList.get(1).getId(), "Other");
        maps.moveMoment(opened.getId(), phaseList.get(1).getId(), other.getId());

        MomentSave outcome = maps.saveFields(opened.getId(), base, with(MomentField.TITLE, "Mine"));

        assertThat(outcome).isInstanceOf(MomentSave.Saved.class);
        Moment now = stored();
        assertThat(now.getTitle()).isEqualTo("Mine");
        assertThat(now.getPhaseId()).isEqualTo(phaseList.get(1).getId());
        assertThat(maps.load(journey.getId()).momentsByPhase().get(phaseList.get(1))).extracting(Moment::getTitle)
                .containsExactly("Mine", "Other");
    }

    @Test
    void aPhaseWithMomentsStaysAndAMoveIntoAPhaseDeletedMeanwhileIsNotFound() {
        assertRefused(() -> maps.deletePhase(phaseList.get(0).getId()), "journey.error.phaseNotEmpty");
        maps.deletePhase(phaseList.get(1).getId());
        assertRefused(() -> maps.moveMoment(opened.getId(), phaseList.get(1).getId(), 0), "error.notFound");
        assertRefused(() -> maps.moveMoment(opened.getId(), phaseList.get(1).getId(), (UUID) null), "error.notFound");
        assertThat(stored().getPhaseId()).isEqualTo(phaseList.get(0).getId());
    }

    @Test
    void executivesMayNotSaveAndArchivedJourneysAreReadOnly() {
        tenant.loginAs(Role.EXECUTIVE);
        assertThatThrownBy(() -> maps.saveFields(opened.getId(), base, with(MomentField.TITLE, "Mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> maps.saveField(opened.getId(), MomentField.TITLE, "Welcome", "Mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> maps.resolveFields(opened.getId(), base, with(MomentField.TITLE, "Mine"), Map.of()))
                .isInstanceOf(AccessDeniedException.class);

        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(maps.saveField(opened.getId(), MomentField.TITLE, "Welcome", "By contributor"))
                .isInstanceOf(MomentSave.Saved.class);
        tenant.loginAs(Role.CX_MANAGER);
        journeys.setArchived(journey.getId(), true);
        assertRefused(() -> maps.saveField(opened.getId(), MomentField.TITLE, "By contributor", "Archived"),
                "journey.error.archived");
        assertThat(stored().getTitle()).isEqualTo("By contributor");
    }

    @Test
    void aRefusedValueSavesNothingOfTheSave() {
        long version = stored().getVersion();
        assertRefused(() -> maps.saveFields(opened.getId(), base,
                with(MomentField.CURRENT_EMOTION, 2, MomentField.DESIRED_EMOTION, 7)), "journey.error.desiredEmotion");
        assertRefused(() -> maps.saveFields(opened.getId(), base,
                with(MomentField.CURRENT_EMOTION, 2, MomentField.TITLE, " ")), "journey.error.momentTitle");
        Moment now = stored();
        assertThat(now.getCurrentEmotion()).isNull();
        assertThat(now.getTitle()).isEqualTo("Welcome");
        assertThat(now.getVersion()).isEqualTo(version);
    }

    @Test
    void theCanvasSendsPlainJsonValues() {
        assertThat(maps.saveField(opened.getId(), MomentField.TARGET_LEVEL, "SEVEN_PLUS", "NINE_PLUS"))
                .isInstanceOf(MomentSave.Saved.class);
        assertThat(maps.saveField(opened.getId(), MomentField.DESIRED_EMOTION, null, 3.0)).isInstanceOf(MomentSave.Saved.class);
        assertThat(maps.saveField(opened.getId(), MomentField.MOMENT_OF_TRUTH, false, true)).isInstanceOf(MomentSave.Saved.class);
        Moment now = stored();
        assertThat(now.getTargetLevel()).isEqualTo(TargetLevel.NINE_PLUS);
        assertThat(now.getDesiredEmotion()).isEqualTo(3);
        assertThat(now.isMomentOfTruth()).isTrue();
    }

    private Moment stored() {
        return maps.findMoment(opened == null ? maps.load(journey.getId()).moments().getFirst().getId() : opened.getId())
                .orElseThrow();
    }

    private Map<MomentField, Object> with(Object... pairs) {
        Map<MomentField, Object> mine = new EnumMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            mine.put((MomentField) pairs[i], pairs[i + 1]);
        }
        return mine;
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessage(messageKey);
    }
}
