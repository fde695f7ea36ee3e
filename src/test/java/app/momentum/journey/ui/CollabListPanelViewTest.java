package app.momentum.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.collab.JourneyCollaboration;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.user.AppUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The two collaboration panels on their shared base: the empty line, adding from the one field, the refusal on
 * that field, and who added what; read-only members see the list without the field.
 */
@SpringBootTest
class CollabListPanelViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired JourneyCollaboration collaboration;

    TestTenant tenant;
    UUID journeyId;
    Moment moment;
    MapContext context;

    @BeforeEach
    void aJourneyWithOneMoment() {
        tenant = fixture.create("collab-panels");
        tenant.loginAs(Role.CX_MANAGER);
        journeyId = journeys.create(new JourneyService.JourneyData("Panels", JourneyType.SIGNATURE_JOURNEY, null, null,
                null, null, null, LifecycleStage.MAPPING), List.of("Start")).getId();
        moment = maps.addMoment(maps.load(journeyId).momentsByPhase().keySet().iterator().next().getId(), "Welcome");
        AppUser me = tenant.user(Role.CX_MANAGER);
        context = new MapContext(List.of(), List.of(), List.of(), List.of(new MemberChoice(me.getId(), me.getDisplayName())));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void baselinesShowTheEmptyLineTakeOneUnderANameAndRefuseAnEmptyNameOnTheField() {
        BaselinesPanel panel = new BaselinesPanel(collaboration, journeyId, context, true);
        UI.getCurrent().add(panel);
        assertThat(panel.getId()).hasValue("baselines-panel");
        assertThat(panel.getClassNames()).contains("baselines-panel");
        assertThat(texts(panel)).contains("No baselines yet.");

        TextField name = $(TextField.class).id("baseline-name");
        test($(Button.class).id("take-baseline")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name for the baseline.");
        assertThat(collaboration.baselines(journeyId)).isEmpty();

        name.setValue("Q4");
        test($(Button.class).id("take-baseline")).click();
        assertThat(name.isInvalid()).isFalse();
        assertThat(name.getValue()).isEmpty();
        assertThat(collaboration.baselines(journeyId)).hasSize(1);
        assertThat($(H3.class).from(panel).all()).extracting(H3::getText).containsExactly("Q4");
        assertThat(texts(panel)).doesNotContain("No baselines yet.")
                .anySatisfy(t -> assertThat(t).startsWith("Taken on ").endsWith(" by " + tenant.user(Role.CX_MANAGER).getDisplayName()));

        name.setValue("Q4");
        test($(Button.class).id("take-baseline")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("This journey already has a baseline called Q4.");
    }

    @Test
    void commentsShowTheEmptyLinePostAndRefuseAnEmptyCommentOnTheField() {
        CommentsPanel panel = new CommentsPanel(collaboration, moment.getId(), context, true);
        UI.getCurrent().add(panel);
        assertThat(panel.getId()).hasValue("comments-panel");
        assertThat(texts(panel)).contains("No comments yet.");

        TextArea text = $(TextArea.class).id("comment-text");
        test($(Button.class).id("comment-post")).click();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Write a comment first.");

        text.setValue("Looks good");
        test($(Button.class).id("comment-post")).click();
        assertThat(text.isInvalid()).isFalse();
        assertThat(text.getValue()).isEmpty();
        assertThat(texts(panel)).doesNotContain("No comments yet.").contains("Looks good");
        assertThat($(Span.class).from(panel).all()).filteredOn(s -> s.hasClassName("history-who"))
                .extracting(Span::getText).containsExactly(tenant.user(Role.CX_MANAGER).getDisplayName());
        assertThat($(Div.class).from(panel).all()).filteredOn(d -> d.hasClassName("comment-item")).hasSize(1);
    }

    @Test
    void withoutTheRightToAddThePanelsOnlyList() {
        collaboration.comment(moment.getId(), "Read me");
        UI.getCurrent().add(new BaselinesPanel(collaboration, journeyId, context, false),
                new CommentsPanel(collaboration, moment.getId(), context, false));
        assertThat($(TextField.class).withId("baseline-name").all()).isEmpty();
        assertThat($(Button.class).withId("take-baseline").all()).isEmpty();
        assertThat($(TextArea.class).withId("comment-text").all()).isEmpty();
        assertThat($(Button.class).withId("comment-post").all()).isEmpty();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("No baselines yet.");
    }

    private List<String> texts(com.vaadin.flow.component.Component panel) {
        return $(Paragraph.class).from(panel).all().stream().map(p -> p.getElement().getTextRecursively()).toList();
    }
}
