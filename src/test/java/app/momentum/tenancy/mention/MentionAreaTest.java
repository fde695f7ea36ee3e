package app.momentum.tenancy.mention;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A posted comment shows the people it notified as chips, and all of its text as text, never as HTML. */
class MentionAreaTest {

    private static final MemberChoice CASEY = new MemberChoice(UUID.randomUUID(), "Casey Contributor");
    private static final MemberChoice EVIL = new MemberChoice(UUID.randomUUID(), "<b>Evil</b>");

    @Test
    void notifiedMentionsBecomeChipsTheRestStaysText() {
        List<Component> parts = MentionArea.render("Hi @casey contributor, ask @<b>Evil</b> <i>now</i>",
                List.of(CASEY, EVIL), List.of(CASEY.userId()));

        assertThat(parts).allMatch(Span.class::isInstance);
        assertThat(parts).extracting(part -> ((Span) part).getText())
                .containsExactly("Hi ", "@casey contributor", ", ask @<b>Evil</b> <i>now</i>");
        assertThat(parts).extracting(part -> part.getElement().getClassList().contains("mention"))
                .containsExactly(false, true, false);
        assertThat(parts).allMatch(part -> part.getElement().getChildCount() == 0 || part.getElement().getChild(0).isTextNode());
    }

    @Test
    void aMentionAtTheEndOrAloneIsOneChip() {
        assertThat(MentionArea.render("@Casey Contributor", List.of(CASEY), List.of(CASEY.userId())))
                .extracting(part -> ((Span) part).getText()).containsExactly("@Casey Contributor");
        assertThat(MentionArea.render("", List.of(CASEY), List.of(CASEY.userId()))).isEmpty();
    }
}
