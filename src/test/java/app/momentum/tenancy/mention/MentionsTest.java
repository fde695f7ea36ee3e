package app.momentum.tenancy.mention;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.mention.Mentions.Mention;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MentionsTest {

    private static final MemberChoice CASEY = new MemberChoice(UUID.randomUUID(), "Casey Contributor");
    private static final MemberChoice ANN = new MemberChoice(UUID.randomUUID(), "Ann");
    private static final MemberChoice ANN_SMITH = new MemberChoice(UUID.randomUUID(), "Ann Smith");
    private static final MemberChoice NAMELESS = new MemberChoice(UUID.randomUUID(), " ");
    private static final List<MemberChoice> MEMBERS = List.of(CASEY, ANN, ANN_SMITH, NAMELESS);

    @Test
    void aMentionIsAtAndTheFullNameInAnyCase() {
        assertThat(Mentions.find("@casey contributor kun je dit checken?", MEMBERS))
                .containsExactly(new Mention(0, 18, CASEY.userId()));
        assertThat(Mentions.find("Vraag het @Casey Contributor.", MEMBERS))
                .containsExactly(new Mention(10, 28, CASEY.userId()));
        assertThat(Mentions.find("(@Ann)", MEMBERS)).containsExactly(new Mention(1, 5, ANN.userId()));
    }

    @Test
    void aFirstNameAloneOrAPartOfANameIsNoMention() {
        assertThat(Mentions.find("@Casey kun je dit checken?", MEMBERS)).isEmpty();
        assertThat(Mentions.find("@Anna, @Annsmith and @Ann2", MEMBERS)).isEmpty();
        assertThat(Mentions.find("mail casey@Casey Contributor", MEMBERS)).isEmpty();
        assertThat(Mentions.find("@", MEMBERS)).isEmpty();
        assertThat(Mentions.find("@ ", MEMBERS)).isEmpty();
        assertThat(Mentions.find("", MEMBERS)).isEmpty();
    }

    @Test
    void theLongestNameWinsAndEveryMentionIsFound() {
        assertThat(Mentions.find("@Ann Smith and @Ann", MEMBERS))
                .containsExactly(new Mention(0, 10, ANN_SMITH.userId()), new Mention(15, 19, ANN.userId()));
        assertThat(Mentions.find("@Ann Smithers", MEMBERS)).containsExactly(new Mention(0, 4, ANN.userId()));
        assertThat(Mentions.find("@@Ann", MEMBERS)).containsExactly(new Mention(1, 5, ANN.userId()));
    }

    @Test
    void eachPersonIsMentionedOnceInOrder() {
        assertThat(Mentions.mentioned("@Ann, @Casey Contributor and @ann again", MEMBERS))
                .containsExactly(ANN.userId(), CASEY.userId());
        assertThat(Mentions.mentioned("no one", MEMBERS)).isEmpty();
    }
}
