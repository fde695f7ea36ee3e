package app.momentum.journey.signature;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.journey.JourneyType;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the user reads about the peak–end rule says what the rule computes, in English and Dutch: the explanation
 * and the result text are rendered from the real message bundles with the item's own arguments.
 */
class PeakEndMessagesTest {

    private static final Locale EN = MomentumI18NProvider.ENGLISH;
    private static final Locale NL = MomentumI18NProvider.DUTCH;

    private final MomentumI18NProvider messages = new MomentumI18NProvider();

    @Test
    void theExplanationAsksForOneMomentAboveAllOthersNotForExactlyOneAtPlusTwo() {
        String english = messages.getTranslation(CheckRule.PEAK_END.explainKey(), EN);
        String dutch = messages.getTranslation(CheckRule.PEAK_END.explainKey(), NL);

        assertThat(english).contains("one moment must stand above all others with a desired emotion of +2 or more")
                .contains("the last moment needs at least +1").doesNotContain("exactly one");
        assertThat(dutch).contains("één moment moet boven alle andere uitsteken met een gewenste beleving van +2 of meer")
                .contains("het laatste moment krijgt minstens +1").doesNotContain("precies één");
    }

    @Test
    void severalHighMomentsWithOneAboveThemPassAndSaySo() {
        CheckItem item = peakEnd(2, 3, 2, 1);

        assertThat(item.status()).isEqualTo(CheckStatus.PASS);
        assertThat(render(item, EN))
                .isEqualTo("One moment stands above all others at +3, and the journey ends positively at +1.");
        assertThat(render(item, NL))
                .isEqualTo("Eén moment steekt boven alle andere uit met +3, en de klantreis eindigt positief met +1.");
    }

    @Test
    void aSharedPeakSaysHowManyMomentsShareIt() {
        CheckItem item = peakEnd(3, 1, 3, 3, 1);

        assertThat(item.status()).isEqualTo(CheckStatus.WARNING);
        assertThat(render(item, EN)).isEqualTo("No single clear peak yet: 3 moments share the highest desired emotion"
                + " of +3. Let one moment stand above all others with +2 or more.");
        assertThat(render(item, NL)).isEqualTo("Nog geen duidelijke piek: 3 momenten delen de hoogste gewenste beleving"
                + " van +3. Laat één moment boven alle andere uitsteken met +2 of meer.");
    }

    @Test
    void aLowPeakSaysHowHighTheHighestMomentIs() {
        CheckItem item = peakEnd(0, 1);

        assertThat(render(item, EN)).isEqualTo("No single clear peak yet: the highest desired emotion is +1."
                + " Let one moment stand above all others with +2 or more.");
        assertThat(render(item, NL)).startsWith("Nog geen duidelijke piek: de hoogste gewenste beleving is +1.");
    }

    @Test
    void withoutDesiredEmotionsItAsksToSetThem() {
        CheckItem item = peakEnd(null, null);

        assertThat(render(item, EN)).isEqualTo("No single clear peak yet: no moment has a desired emotion."
                + " Let one moment stand above all others with +2 or more.");
        assertThat(render(item, NL)).startsWith("Nog geen duidelijke piek: geen enkel moment heeft een gewenste beleving.");
    }

    @Test
    void aFlatEndSaysTheEndMustBePositive() {
        CheckItem item = peakEnd(3, 0);

        assertThat(item.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(render(item, EN)).startsWith("The last moment has a desired emotion of 0").endsWith("journey.");
        assertThat(render(item, NL)).startsWith("Het laatste moment heeft een gewenste beleving van 0");
    }

    private String render(CheckItem item, Locale locale) {
        return messages.getTranslation(item.messageKey(), locale, item.arguments().toArray());
    }

    /** A journey whose moments have these desired emotions, in this order ({@code null}: not set). */
    private static CheckItem peakEnd(Integer... desiredEmotions) {
        List<MomentDesign> moments = new ArrayList<>();
        for (Integer desired : desiredEmotions) {
            moments.add(new MomentDesign(UUID.randomUUID(), "moment", TargetLevel.SEVEN_PLUS, MomentNature.FUNCTIONAL,
                    false, false, Set.of(), null, desired, null, null, null, UUID.randomUUID(), true));
        }
        return SignatureCheck.evaluate(new JourneyDesign(JourneyType.SIGNATURE_JOURNEY, moments, List.of()),
                CheckSettings.defaults()).item(CheckRule.PEAK_END);
    }
}
