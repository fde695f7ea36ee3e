package app.momentum.journey;

import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import static app.momentum.journey.JourneyTestData.journey;
import static app.momentum.journey.JourneyTestData.moment;
import static app.momentum.journey.JourneyTestData.phases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.journey.collab.ActivityAction;
import app.momentum.journey.collab.BaselineComparison;
import app.momentum.journey.collab.JourneyActivity;
import app.momentum.journey.collab.JourneyBaseline;
import app.momentum.journey.collab.JourneyCollaboration;
import app.momentum.journey.collab.MomentComment;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Comments with mentions, the activity history and baselines — and that none of it crosses tenants. */
@SpringBootTest
class CollaborationTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired JourneyCollaboration collaboration;
    @Autowired app.momentum.notification.NotificationService notifications;
    @Autowired app.momentum.testsupport.ModuleEvents moduleEvents;

    TestTenant tenant;
    Journey journey;
    Phase phase;
    Moment moment;

    @BeforeEach
    void aJourneyWithOneMoment() {
        tenant = fixture.create("collab");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(journey("Collaborate"), phases("Start", "End"));
        phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        moment = maps.addMoment(phase.getId(), "Welcome");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aMentionTypedAsAtFullNameIsStoredAndNotifiesThatPersonOnly() {
        var contributor = tenant.user(Role.CONTRIBUTOR);
        var executive = tenant.user(Role.EXECUTIVE);
        TestTenant other = fixture.create("other");
        var outsider = other.user(Role.CX_MANAGER);
        String text = "@" + contributor.getDisplayName().toUpperCase() + " kun je dit checken? Cc @"
                + outsider.getDisplayName() + ", " + executive.getEmail();
        MomentComment comment = collaboration.comment(moment.getId(), text);
        assertThat(comment.getMentionedUserIds()).containsExactly(contributor.getId());
        assertThat(collaboration.comments(moment.getId())).extracting(MomentComment::getText).containsExactly(text);
        assertThatThrownBy(() -> collaboration.comment(moment.getId(), "  "))
                .isInstanceOf(UserFacingException.class).hasMessage("comment.error.empty");
        assertThat(collaboration.comment(moment.getId(), "<script>alert(1)</script>").getText())
                .isEqualTo("<script>alert(1)</script>");
        moduleEvents.awaitDelivered();
        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(notifications.recent()).singleElement().satisfies(n -> {
            assertThat(n.getType()).isEqualTo(app.momentum.notification.NotificationType.MENTIONED);
            assertThat(n.getJourneyId()).isEqualTo(journey.getId());
        });
    }

    @Test
    void theHistoryNamesWhoChangedWhatOldToNew() {
        maps.saveMoment(moment.getId(), moment.getVersion(), moment("Warm welcome", TargetLevel.NINE_PLUS, true, 2));
        List<JourneyActivity> history = collaboration.history(journey.getId());
        assertThat(history).extracting(JourneyActivity::getAction)
                .startsWith(ActivityAction.MOMENT_CHANGED, ActivityAction.MOMENT_ADDED)
                .endsWith(ActivityAction.JOURNEY_CREATED); // template phases come with the journey, not as separate entries
        JourneyActivity change = history.getFirst();
        assertThat(change.getUserId()).isEqualTo(tenant.user(Role.CX_MANAGER).getId());
        assertThat(change.getChanges()).contains(
                new JourneyActivity.FieldChange("moment.name", "Welcome", "Warm welcome"),
                new JourneyActivity.FieldChange("moment.target", "SEVEN_PLUS", "NINE_PLUS"),
                new JourneyActivity.FieldChange("moment.desiredEmotion", "", "2"));
    }

    @Test
    void aBaselineComparesAddedRemovedAndChangedMoments() {
        Moment goodbye = maps.addMoment(phase.getId(), "Goodbye");
        JourneyBaseline baseline = collaboration.createBaseline(journey.getId(), "Baseline Q4 2026");
        assertThatThrownBy(() -> collaboration.createBaseline(journey.getId(), "baseline q4 2026"))
                .isInstanceOf(UserFacingException.class).hasMessage("baseline.error.nameTaken");

        maps.saveMoment(moment.getId(), moment.getVersion(), moment("Welcome", TargetLevel.SEVEN_PLUS, false, 2));
        maps.deleteMoment(goodbye.getId());
        maps.addMoment(phase.getId(), "New idea");

        BaselineComparison comparison = collaboration.compare(baseline.getId());
        assertThat(comparison.added()).extracting(m -> m.title()).containsExactly("New idea");
        assertThat(comparison.removed()).extracting(m -> m.title()).containsExactly("Goodbye");
        assertThat(comparison.changed()).singleElement().satisfies(c ->
                assertThat(c.changes()).extracting(JourneyActivity.FieldChange::fieldKey)
                        .containsExactly("moment.nature", "moment.desiredEmotion"));
        assertThat(comparison.baselineCurve()).extracting(m -> m.title()).containsExactly("Welcome", "Goodbye");
        assertThat(collaboration.baselines(journey.getId())).extracting(JourneyBaseline::getName).containsExactly("Baseline Q4 2026");
    }

    @Test
    void executivesReadButNeitherCommentNorTakeBaselines() {
        collaboration.comment(moment.getId(), "first");
        tenant.loginAs(Role.EXECUTIVE);
        assertThat(collaboration.comments(moment.getId())).hasSize(1);
        assertThat(collaboration.history(journey.getId())).isNotEmpty();
        assertThatThrownBy(() -> collaboration.comment(moment.getId(), "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> collaboration.createBaseline(journey.getId(), "B")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void commentsHistoryAndBaselinesStayInsideTheTenant() {
        collaboration.comment(moment.getId(), "secret comment");
        JourneyBaseline baseline = collaboration.createBaseline(journey.getId(), "Secret baseline");
        TestTenant other = fixture.create("other");
        other.loginAs(Role.TENANT_ADMIN);
        assertNotFound(() -> collaboration.comments(moment.getId()));
        assertNotFound(() -> collaboration.comment(moment.getId(), "intrusion"));
        assertNotFound(() -> collaboration.history(journey.getId()));
        assertNotFound(() -> collaboration.baselines(journey.getId()));
        assertNotFound(() -> collaboration.createBaseline(journey.getId(), "Stolen"));
        assertNotFound(() -> collaboration.compare(baseline.getId()));

        tenant.loginAs(Role.CX_MANAGER);
        assertThat(collaboration.comments(moment.getId())).extracting(MomentComment::getText).containsExactly("secret comment");
        assertThat(collaboration.baselines(journey.getId())).hasSize(1);
    }

    private static void assertNotFound(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessage("error.notFound");
    }
}
