package app.momentum.journey.signature;

import static app.momentum.journey.signature.CheckStatus.FAIL;
import static app.momentum.journey.signature.CheckStatus.NOT_APPLICABLE;
import static app.momentum.journey.signature.CheckStatus.PASS;
import static app.momentum.journey.signature.CheckStatus.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.journey.JourneyType;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignatureCheckTest {

    private static final UUID CARE = UUID.nameUUIDFromBytes("brand value: care".getBytes(StandardCharsets.UTF_8));
    private static final UUID COURAGE = UUID.nameUUIDFromBytes("brand value: courage".getBytes(StandardCharsets.UTF_8));
    private static final UUID CLARITY = UUID.nameUUIDFromBytes("brand value: clarity".getBytes(StandardCharsets.UTF_8));
    private static final UUID CLAIMS_TEAM = UUID.nameUUIDFromBytes("discipline".getBytes(StandardCharsets.UTF_8));

    // ---------------------------------------------------------------- the model journey

    /**
     * A home insurance claim designed by the book: one dip (reporting the damage) that is recovered at once by a
     * 9+ moment of truth, one clear peak, a positive end, both brand values expressed, every moment owned.
     */
    private static List<MomentDesign> modelClaimJourney() {
        return List.of(
                moment("Report the damage").desired(-1).build(),
                moment("Reassurance call within the hour").ninePlus().truth().expresses(CARE).desired(3).build(),
                moment("Expert visit").emotional().desired(1).build(),
                moment("Repair planned").desired(1).build(),
                moment("Payment").desired(1).build(),
                moment("Check-in after the repair").emotional().brandMoment(COURAGE).desired(2).build());
    }

    @Test
    void theModelSignatureJourneyPassesAllEightRules() {
        CheckResult result = evaluate(JourneyType.SIGNATURE_JOURNEY, modelClaimJourney());

        assertThat(result.items()).extracting(CheckItem::rule).containsExactly(CheckRule.values());
        // without a survey that asked about brand values, that rule does not apply and is not shown
        assertThat(result.item(CheckRule.BRAND_VALUES_MEASURED).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(result.shownItems()).extracting(CheckItem::status).containsOnly(PASS);
        assertThat(result.shownItems()).extracting(CheckItem::rule).doesNotContain(CheckRule.BRAND_VALUES_MEASURED);
        assertThat(result.overall()).isEqualTo(PASS);
        assertThat(result.item(CheckRule.PEAK_END).momentIds())
                .containsExactly(id("Reassurance call within the hour"), id("Check-in after the repair"));
        assertThat(result.item(CheckRule.DOSING).arguments()).containsExactly(17, 30);
    }

    // ---------------------------------------------------------------- 1. moment of truth

    @Nested
    class MomentOfTruth {

        @Test
        void passesWhenAMomentOfTruthIsNinePlus() {
            CheckItem item = check(CheckRule.MOMENT_OF_TRUTH_NINE_PLUS,
                    moment("Welcome").truth().build(),
                    moment("Rescue").truth().ninePlus().build());

            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.momentIds()).isEmpty();
            assertThat(item.arguments()).isEmpty();
        }

        @Test
        void failsAndListsTheMomentsOfTruthThatAreOnlySevenPlus() {
            CheckItem item = check(CheckRule.MOMENT_OF_TRUTH_NINE_PLUS,
                    moment("Welcome").truth().build(),
                    moment("Surprise").ninePlus().build(),
                    moment("Goodbye").truth().build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("Welcome"), id("Goodbye"));
            assertThat(item.arguments()).isEmpty();
        }

        @Test
        void failsWithoutAnyMomentOfTruth() {
            CheckItem item = check(CheckRule.MOMENT_OF_TRUTH_NINE_PLUS, moment("Surprise").ninePlus().build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- 2. dosing

    @Nested
    class Dosing {

        @Test
        void exactlyThirtyPercentNinePlusPasses() {
            CheckItem item = check(CheckRule.DOSING, journeyWithNinePlus(3, 10));

            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.momentIds()).isEmpty();
            assertThat(item.arguments()).containsExactly(30, 30);
        }

        @Test
        void thirtyOnePercentFails() {
            CheckItem item = check(CheckRule.DOSING, journeyWithNinePlus(31, 100));

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.arguments()).containsExactly(31, 30);
            assertThat(item.momentIds()).hasSize(31).startsWith(id("peak 1")).endsWith(id("peak 31"));
        }

        @Test
        void failListsTheNinePlusMomentsInJourneyOrder() {
            List<MomentDesign> moments = List.of(
                    moment("a").ninePlus().build(), moment("b").build(), moment("c").ninePlus().build(),
                    moment("d").build(), moment("e").build());

            CheckItem item = check(CheckRule.DOSING, moments);

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("a"), id("c"));
            assertThat(item.arguments()).containsExactly(40, 30);
        }

        @Test
        void aFailingShareIsNeverShownAsEqualToTheMaximum() {
            // 7 of 23 is 30.4%, which rounds to 30: the message must still show it above 30
            CheckItem item = check(CheckRule.DOSING, journeyWithNinePlus(7, 23));

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.arguments()).containsExactly(31, 30);
        }

        @Test
        void anEmptyJourneyPasses() {
            CheckItem item = check(CheckRule.DOSING, List.of());

            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.arguments()).containsExactly(0, 30);
        }

        @Test
        void theMaximumComesFromTheSettings() {
            JourneyDesign design =
                    new JourneyDesign(JourneyType.SIGNATURE_JOURNEY, journeyWithNinePlus(4, 10), List.of());

            CheckItem item = SignatureCheck.evaluate(design, new CheckSettings(0.5)).item(CheckRule.DOSING);

            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.arguments()).containsExactly(40, 50);
        }

        @Test
        void settingsRefuseSharesOutsideZeroToOne() {
            assertThat(CheckSettings.defaults().maxNinePlusShare()).isEqualTo(0.30);
            assertThatCode(() -> new CheckSettings(1.0)).doesNotThrowAnyException();
            for (double invalid : new double[] {0, -0.1, 1.01, Double.NaN}) {
                assertThatThrownBy(() -> new CheckSettings(invalid)).isInstanceOf(IllegalArgumentException.class);
            }
        }

        private static List<MomentDesign> journeyWithNinePlus(int ninePlus, int total) {
            List<MomentDesign> moments = new ArrayList<>();
            IntStream.rangeClosed(1, ninePlus).forEach(i -> moments.add(moment("peak " + i).ninePlus().build()));
            IntStream.rangeClosed(1, total - ninePlus).forEach(i -> moments.add(moment("step " + i).build()));
            return moments;
        }
    }

    // ---------------------------------------------------------------- 3. brand values

    @Nested
    class BrandValues {

        @Test
        void passesWhenEveryValueIsExpressedByABrandMomentOrANinePlusMoment() {
            CheckItem item = check(CheckRule.BRAND_VALUES_EXPRESSED,
                    moment("Welcome").brandMoment(CARE).build(),
                    moment("Rescue").ninePlus().expresses(COURAGE).build());

            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.brandValueIds()).isEmpty();
        }

        @Test
        void failsAndListsTheUnexpressedValuesInDesignOrder() {
            JourneyDesign design = new JourneyDesign(JourneyType.SIGNATURE_JOURNEY, List.of(
                    moment("Welcome").brandMoment(COURAGE).build(),
                    // an ordinary 7+ moment that happens to mention a value does not make it tangible
                    moment("Form").expresses(CARE).build()),
                    List.of(CARE, COURAGE, CLARITY));

            CheckItem item = SignatureCheck.evaluate(design, CheckSettings.defaults())
                    .item(CheckRule.BRAND_VALUES_EXPRESSED);

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.brandValueIds()).containsExactly(CARE, CLARITY);
            assertThat(item.momentIds()).isEmpty();
            assertThat(item.arguments()).containsExactly(2);
        }

        @Test
        void warnsWhenTheTenantHasNoBrandValuesYet() {
            JourneyDesign design = new JourneyDesign(JourneyType.SIGNATURE_JOURNEY, modelClaimJourney(), List.of());

            CheckItem item = SignatureCheck.evaluate(design, CheckSettings.defaults())
                    .item(CheckRule.BRAND_VALUES_EXPRESSED);

            assertThat(item.status()).isEqualTo(WARNING);
            assertThat(item.arguments()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = JourneyType.class, names = "SIGNATURE_JOURNEY", mode = EnumSource.Mode.EXCLUDE)
        void doesNotApplyToOtherJourneyTypes(JourneyType type) {
            CheckResult result = evaluate(type, List.of(moment("Form").build()));

            CheckItem item = result.item(CheckRule.BRAND_VALUES_EXPRESSED);
            assertThat(item.status()).isEqualTo(NOT_APPLICABLE);
            assertThat(item.messageKey()).isEqualTo("check.brandValues.not_applicable");
            assertThat(item.brandValueIds()).isEmpty();
            // the other rules still run; the survey's brand rule does not apply either
            assertThat(result.items()).filteredOn(i -> i.status() == NOT_APPLICABLE).extracting(CheckItem::rule)
                    .containsExactly(CheckRule.BRAND_VALUES_EXPRESSED, CheckRule.BRAND_VALUES_MEASURED);
            // "only applies to signature journeys" is worth saying; the survey rule's absence of data is not
            assertThat(result.shownItems()).extracting(CheckItem::rule).contains(CheckRule.BRAND_VALUES_EXPRESSED)
                    .doesNotContain(CheckRule.BRAND_VALUES_MEASURED);
        }
    }

    // ---------------------------------------------------------------- 3b. brand values measured

    @Nested
    class BrandValuesMeasured {

        private CheckItem measured(JourneyType type, List<MomentDesign> moments,
                                   Map<UUID, Map<UUID, Boolean>> evidence) {
            JourneyDesign design = new JourneyDesign(type, moments, List.of(CARE, COURAGE), evidence);
            return SignatureCheck.evaluate(design, CheckSettings.defaults()).item(CheckRule.BRAND_VALUES_MEASURED);
        }

        @Test
        void passesWhenEveryMeasuredBrandMomentAddsToItsValues() {
            CheckItem item = measured(JourneyType.SIGNATURE_JOURNEY, modelClaimJourney(), Map.of(
                    id("Reassurance call within the hour"), Map.of(CARE, true, COURAGE, false),
                    id("Check-in after the repair"), Map.of(COURAGE, true)));

            // the call is meant to express care only: its missing effect on courage does not count against it
            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.momentIds()).containsExactly(id("Reassurance call within the hour"),
                    id("Check-in after the repair"));
            assertThat(item.arguments()).containsExactly(2);
            assertThat(item.messageKey()).isEqualTo("check.brandValuesMeasured.pass");
        }

        @Test
        void warnsAboutTheBrandMomentsThatDoNotMeasurablyAdd() {
            List<MomentDesign> moments = List.of(
                    moment("Welcome").brandMoment(CARE, COURAGE).build(),
                    moment("Rescue").ninePlus().expresses(COURAGE).build(),
                    moment("Goodbye").brandMoment(CARE).build());
            CheckItem item = measured(JourneyType.SIGNATURE_JOURNEY, moments, Map.of(
                    id("Welcome"), Map.of(CARE, true, COURAGE, false),
                    id("Rescue"), Map.of(COURAGE, true),
                    id("Goodbye"), Map.of(CARE, false)));

            assertThat(item.status()).isEqualTo(WARNING);
            assertThat(item.momentIds()).containsExactly(id("Welcome"), id("Goodbye"));
            assertThat(item.arguments()).containsExactly(2, 3);
        }

        @Test
        void checksOnlyBrandAndNinePlusMomentsWithMeasuredValues() {
            List<MomentDesign> moments = List.of(
                    // an ordinary 7+ moment is not held to the brand, even when it mentions a value
                    moment("Form").expresses(CARE).build(),
                    // a brand moment whose value the survey did not ask about cannot be judged
                    moment("Welcome").brandMoment(COURAGE).build(),
                    moment("Rescue").ninePlus().expresses(CARE).build());
            CheckItem item = measured(JourneyType.SIGNATURE_JOURNEY, moments, Map.of(
                    id("Form"), Map.of(CARE, false),
                    id("Welcome"), Map.of(CARE, false),
                    id("Rescue"), Map.of(CARE, true)));

            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.momentIds()).containsExactly(id("Rescue"));
            assertThat(item.arguments()).containsExactly(1);
        }

        @Test
        void doesNotApplyWithoutEvidenceOrOutsideSignatureJourneys() {
            assertThat(measured(JourneyType.SIGNATURE_JOURNEY, modelClaimJourney(), Map.of()).status())
                    .isEqualTo(NOT_APPLICABLE);
            // evidence only for moments that are not brand moments: nothing to judge
            assertThat(measured(JourneyType.SIGNATURE_JOURNEY, List.of(moment("Form").build()),
                    Map.of(id("Form"), Map.of(CARE, false))).status()).isEqualTo(NOT_APPLICABLE);
            assertThat(measured(JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, modelClaimJourney(),
                    Map.of(id("Check-in after the repair"), Map.of(COURAGE, false))).status())
                    .isEqualTo(NOT_APPLICABLE);
        }

        @Test
        void aWarningMakesTheOverallStatusAWarningAndIsShown() {
            JourneyDesign design = new JourneyDesign(JourneyType.SIGNATURE_JOURNEY, modelClaimJourney(),
                    List.of(CARE, COURAGE), Map.of(id("Check-in after the repair"), Map.of(COURAGE, false)));
            CheckResult result = SignatureCheck.evaluate(design, CheckSettings.defaults());

            assertThat(result.overall()).isEqualTo(WARNING);
            assertThat(result.shownItems()).extracting(CheckItem::rule).contains(CheckRule.BRAND_VALUES_MEASURED);
        }
    }

    // ---------------------------------------------------------------- 4. peak-end

    @Nested
    class PeakEnd {

        @Test
        void passesWithOneClearPeakOfExactlyTwoAndAPositiveEnd() {
            CheckItem item = check(CheckRule.PEAK_END,
                    moment("Start").desired(0).build(),
                    moment("Peak").desired(2).build(),
                    moment("Middle").build(),
                    moment("End").desired(1).build());

            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.momentIds()).containsExactly(id("Peak"), id("End"));
            assertThat(item.arguments()).containsExactly(2, 1);
        }

        @Test
        void otherHighMomentsMayStayWhenOnePeakStandsAboveThem() {
            // the case from issue 9: three moments at +2 or more; the +3 is the single highest, so it is the peak
            CheckItem item = check(CheckRule.PEAK_END,
                    moment("Warm welcome").desired(2).build(),
                    moment("Peak").desired(3).build(),
                    moment("Quick answer").desired(2).build(),
                    moment("End").desired(1).build());

            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.momentIds()).containsExactly(id("Peak"), id("End"));
            assertThat(item.arguments()).containsExactly(3, 1);
        }

        @Test
        void aPeakOfTwoSharedWithAnotherTwoIsAWarning() {
            CheckItem item = check(CheckRule.PEAK_END,
                    moment("First").desired(2).build(),
                    moment("Second").desired(2).build(),
                    moment("End").desired(1).build());

            assertThat(item.status()).isEqualTo(WARNING);
            assertThat(item.momentIds()).containsExactly(id("First"), id("Second"));
            assertThat(item.arguments()).containsExactly(2, 1, 2);
        }

        @Test
        void passesWhenThePeakIsTheEnd() {
            CheckItem item = check(CheckRule.PEAK_END,
                    moment("Start").desired(1).build(), moment("End").desired(3).build());

            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.momentIds()).containsExactly(id("End"));
        }

        @Test
        void aSharedPeakIsAWarning() {
            CheckItem item = check(CheckRule.PEAK_END,
                    moment("First high").desired(3).build(),
                    moment("Middle").desired(1).build(),
                    moment("Second high").desired(3).build(),
                    moment("End").desired(1).build());

            assertThat(item.status()).isEqualTo(WARNING);
            assertThat(item.momentIds()).containsExactly(id("First high"), id("Second high"));
            assertThat(item.arguments()).containsExactly(3, 1, 2);
        }

        @Test
        void aPeakBelowTwoIsAWarning() {
            CheckItem item = check(CheckRule.PEAK_END,
                    moment("Start").desired(0).build(), moment("End").desired(1).build());

            assertThat(item.status()).isEqualTo(WARNING);
            assertThat(item.momentIds()).containsExactly(id("End"));
            assertThat(item.arguments()).containsExactly(1, 1, 1);
        }

        @Test
        void warnsWhenNoDesiredEmotionIsSetYet() {
            CheckItem item = check(CheckRule.PEAK_END, moment("Start").build(), moment("End").build());

            assertThat(item.status()).isEqualTo(WARNING);
            assertThat(item.momentIds()).isEmpty();
            assertThat(item.arguments()).containsExactly(0, 0, 0);
        }

        @Test
        void aLastMomentWithoutDesiredEmotionFails() {
            CheckItem item = check(CheckRule.PEAK_END, moment("Peak").desired(3).build(), moment("End").build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("End"));
            assertThat(item.arguments()).containsExactly(3, 0);
        }

        @Test
        void aNeutralEndFails() {
            CheckItem item = check(CheckRule.PEAK_END,
                    moment("Peak").desired(3).build(), moment("End").desired(0).build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.arguments()).containsExactly(3, 0);
        }

        @Test
        void withoutAPositivePeakTheHighestMomentsAndTheEndAreReported() {
            CheckItem item = check(CheckRule.PEAK_END,
                    moment("Flat").desired(0).build(),
                    moment("Dip").desired(-2).build(),
                    moment("Also flat").desired(0).build(),
                    moment("End").desired(-1).build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("Flat"), id("Also flat"), id("End"));
            assertThat(item.arguments()).containsExactly(0, -1);
        }

        @Test
        void aFlatEndThatIsAlsoThePeakIsListedOnce() {
            CheckItem item = check(CheckRule.PEAK_END,
                    moment("Start").desired(-1).build(), moment("End").desired(0).build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("End"));
        }
    }

    // ---------------------------------------------------------------- 5. recovery

    @Nested
    class Recovery {

        @Test
        void passesWithoutNegativeMoments() {
            CheckItem item = check(CheckRule.RECOVERY, moment("a").desired(0).build(), moment("b").desired(2).build());

            assertThat(item.status()).isEqualTo(PASS);
            assertThat(item.momentIds()).isEmpty();
        }

        @Test
        void aDipFollowedByAPositiveMomentPasses() {
            CheckItem item = check(CheckRule.RECOVERY,
                    moment("Dip").desired(-2).build(), moment("Up").desired(1).build());

            assertThat(item.status()).isEqualTo(PASS);
        }

        @Test
        void momentsWithoutDesiredEmotionAreSkippedWhenLookingForTheRecovery() {
            CheckItem item = check(CheckRule.RECOVERY,
                    moment("Dip").desired(-2).build(), moment("Not set").build(), moment("Up").desired(1).build());

            assertThat(item.status()).isEqualTo(PASS);
        }

        @Test
        void aDipFollowedByANeutralMomentFails() {
            CheckItem item = check(CheckRule.RECOVERY,
                    moment("Dip").desired(-1).build(), moment("Not set").build(), moment("Flat").desired(0).build(),
                    moment("Up").desired(2).build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("Dip"));
            assertThat(item.arguments()).containsExactly(1);
        }

        @Test
        void aNeutralMomentIsNoDipAndNeedsNoRecovery() {
            CheckItem item = check(CheckRule.RECOVERY,
                    moment("Up").desired(2).build(), moment("Flat end").desired(0).build());

            assertThat(item.status()).isEqualTo(PASS);
        }

        @Test
        void aNegativeLastMomentFails() {
            CheckItem item = check(CheckRule.RECOVERY,
                    moment("Up").desired(2).build(), moment("End").desired(-1).build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("End"));
        }

        @Test
        void aDipWithNothingSetAfterItFails() {
            CheckItem item = check(CheckRule.RECOVERY, moment("Dip").desired(-3).build(), moment("End").build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("Dip"));
        }

        @Test
        void onlyTheDipThatIsNotFollowedByAPositiveMomentIsReported() {
            CheckItem item = check(CheckRule.RECOVERY,
                    moment("First dip").desired(-1).build(),
                    moment("Deeper dip").desired(-3).build(),
                    moment("Up").desired(2).build(),
                    moment("Late dip").desired(-1).build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("First dip"), id("Late dip"));
            assertThat(item.arguments()).containsExactly(2);
        }
    }

    // ---------------------------------------------------------------- 6. 9+ complete

    @Nested
    class NinePlusComplete {

        @Test
        void passesWhenEveryNinePlusMomentIsWorkedOut() {
            CheckItem item = check(CheckRule.NINE_PLUS_COMPLETE,
                    moment("Rescue").ninePlus().build(),
                    // a 7+ moment needs none of it
                    moment("Form").build());

            assertThat(item.status()).isEqualTo(PASS);
        }

        @Test
        void passesWithoutNinePlusMoments() {
            assertThat(check(CheckRule.NINE_PLUS_COMPLETE, moment("Form").build()).status()).isEqualTo(PASS);
        }

        @Test
        void failsForEachMissingOrBlankPart() {
            CheckItem item = check(CheckRule.NINE_PLUS_COMPLETE,
                    moment("No driver").ninePlus().deepDriver(" ").build(),
                    moment("Complete").ninePlus().build(),
                    moment("No surprise").ninePlus().exceedsExpectation(null).build(),
                    moment("One-off").ninePlus().repeatability("").build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("No driver"), id("No surprise"), id("One-off"));
            assertThat(item.arguments()).containsExactly(3);
        }
    }

    // ---------------------------------------------------------------- 7. owner discipline

    @Nested
    class OwnerDiscipline {

        @Test
        void passesWhenEveryMomentHasAnOwner() {
            assertThat(check(CheckRule.OWNER_DISCIPLINE, moment("a").build(), moment("b").build()).status())
                    .isEqualTo(PASS);
        }

        @Test
        void passesForAnEmptyJourney() {
            assertThat(check(CheckRule.OWNER_DISCIPLINE, List.of()).status()).isEqualTo(PASS);
        }

        @Test
        void failsAndListsTheMomentsWithoutOwner() {
            CheckItem item = check(CheckRule.OWNER_DISCIPLINE,
                    moment("a").noOwner().build(), moment("b").build(), moment("c").noOwner().build());

            assertThat(item.status()).isEqualTo(FAIL);
            assertThat(item.momentIds()).containsExactly(id("a"), id("c"));
            assertThat(item.arguments()).containsExactly(2);
        }
    }

    // ---------------------------------------------------------------- 8. functional 9+

    @Nested
    class FunctionalNinePlus {

        @Test
        void emotionalNinePlusAndFunctionalSevenPlusPass() {
            CheckItem item = check(CheckRule.FUNCTIONAL_NINE_PLUS,
                    moment("Rescue").ninePlus().build(), moment("Form").build());

            assertThat(item.status()).isEqualTo(PASS);
        }

        @Test
        void aFunctionalNinePlusMomentIsAWarningBecauseHygieneFactorsNeverEarnANine() {
            CheckItem item = check(CheckRule.FUNCTIONAL_NINE_PLUS,
                    moment("Fast invoice").ninePlus().functional().build(), moment("Rescue").ninePlus().build());

            assertThat(item.status()).isEqualTo(WARNING);
            assertThat(item.momentIds()).containsExactly(id("Fast invoice"));
            assertThat(item.arguments()).containsExactly(1);
        }
    }

    // ---------------------------------------------------------------- overall status and message keys

    @Nested
    class OverallAndMessages {

        @Test
        void aWarningAloneMakesTheOverallStatusAWarning() {
            List<MomentDesign> moments = new ArrayList<>(modelClaimJourney());
            moments.add(moment("Extra high").emotional().desired(3).build());

            CheckResult result = evaluate(JourneyType.SIGNATURE_JOURNEY, moments);

            assertThat(result.item(CheckRule.PEAK_END).status()).isEqualTo(WARNING);
            assertThat(result.overall()).isEqualTo(WARNING);
        }

        @Test
        void anyFailMakesTheOverallStatusAFail() {
            List<MomentDesign> moments = new ArrayList<>(modelClaimJourney());
            moments.add(moment("Unowned").noOwner().desired(1).build());

            assertThat(evaluate(JourneyType.SIGNATURE_JOURNEY, moments).overall()).isEqualTo(FAIL);
        }

        @Test
        void notApplicableDoesNotCountTowardsTheOverallStatus() {
            CheckResult result = evaluate(JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, modelClaimJourney());

            assertThat(result.item(CheckRule.BRAND_VALUES_EXPRESSED).status()).isEqualTo(NOT_APPLICABLE);
            assertThat(result.overall()).isEqualTo(PASS);
        }

        @Test
        void worstRanksFailAboveWarningAbovePass() {
            assertThat(CheckStatus.worst(List.of(PASS, WARNING, NOT_APPLICABLE))).isEqualTo(WARNING);
            assertThat(CheckStatus.worst(List.of(WARNING, FAIL, PASS))).isEqualTo(FAIL);
            assertThat(CheckStatus.worst(List.of(NOT_APPLICABLE, NOT_APPLICABLE))).isEqualTo(PASS);
            assertThat(CheckStatus.worst(List.of())).isEqualTo(PASS);
        }

        @Test
        void everyMessageKeyIsBuiltFromRuleAndStatus() {
            List<CheckItem> items = Stream.of(
                    evaluate(JourneyType.SIGNATURE_JOURNEY, modelClaimJourney()),
                    evaluate(JourneyType.CUSTOMER_TOUCHPOINT_ANALYSIS, List.of(
                            moment("Fast invoice").ninePlus().functional().noOwner().desired(-1).build())))
                    .flatMap(result -> result.items().stream()).toList();

            assertThat(items).allSatisfy(item -> assertThat(item.messageKey()).isEqualTo(
                    "check." + item.rule().key() + "." + item.status().name().toLowerCase()));
            assertThat(items).extracting(CheckItem::messageKey)
                    .contains("check.momentOfTruth.pass", "check.dosing.fail", "check.peakEnd.fail",
                            "check.functionalNinePlus.warning", "check.brandValues.not_applicable");
        }

        @Test
        void ruleKeysAreStable() {
            assertThat(Arrays.stream(CheckRule.values()).map(CheckRule::key)).containsExactly(
                    "momentOfTruth", "dosing", "brandValues", "brandValuesMeasured", "peakEnd", "recovery", "ninePlusComplete",
                    "ownerDiscipline", "functionalNinePlus", "employeeBehaviour");
            assertThat(CheckRule.PEAK_END.titleKey()).isEqualTo("check.peakEnd.title");
            assertThat(CheckRule.PEAK_END.explainKey()).isEqualTo("check.peakEnd.explain");
        }

        @Test
        void anItemRefusesAMessageKeyThatDoesNotMatchItsRuleAndStatus() {
            assertThatThrownBy(() -> new CheckItem(CheckRule.DOSING, PASS, List.of(), List.of(), "check.dosing.fail",
                    List.of())).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aResultNeedsOneItemPerRuleInRuleOrder() {
            List<CheckItem> items = new ArrayList<>(evaluate(JourneyType.SIGNATURE_JOURNEY, List.of()).items());
            items.add(items.removeFirst());

            assertThatThrownBy(() -> new CheckResult(items)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new CheckResult(items.subList(0, 7))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // ---------------------------------------------------------------- the input records

    @Nested
    class Inputs {

        @Test
        void designsCopyTheirCollections() {
            Set<UUID> values = new HashSet<>(Set.of(CARE));
            MomentDesign moment = moment("Welcome").brandMoment().values(values).build();
            values.add(COURAGE);
            List<MomentDesign> moments = new ArrayList<>(List.of(moment));
            JourneyDesign design = new JourneyDesign(JourneyType.SIGNATURE_JOURNEY, moments, List.of(CARE));
            moments.clear();

            assertThat(moment.brandValueIds()).containsExactly(CARE);
            assertThat(design.moments()).containsExactly(moment);
            assertThatThrownBy(() -> design.moments().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void missingCollectionsBecomeEmpty() {
            MomentDesign moment = moment("Welcome").values(null).build();
            JourneyDesign design = new JourneyDesign(JourneyType.SIGNATURE_JOURNEY, null, null);

            assertThat(moment.brandValueIds()).isEmpty();
            assertThat(design.moments()).isEmpty();
            assertThat(design.brandValueIds()).isEmpty();
        }

        @Test
        void emotionsStayOnTheScaleOfMinusThreeToPlusThree() {
            assertThatCode(() -> moment("a").desired(-3).current(3).build()).doesNotThrowAnyException();
            assertThatThrownBy(() -> moment("a").desired(4).build()).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> moment("a").current(-4).build()).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static CheckResult evaluate(JourneyType type, List<MomentDesign> moments) {
        JourneyDesign design = new JourneyDesign(type, moments, List.of(CARE, COURAGE));
        return SignatureCheck.evaluate(design, CheckSettings.defaults());
    }

    private static CheckItem check(CheckRule rule, List<MomentDesign> moments) {
        return evaluate(JourneyType.SIGNATURE_JOURNEY, moments).item(rule);
    }

    private static CheckItem check(CheckRule rule, MomentDesign... moments) {
        return check(rule, List.of(moments));
    }

    /** Moments get their id from their title, so tests can refer to them by name. */
    private static UUID id(String title) {
        return UUID.nameUUIDFromBytes(("moment: " + title).getBytes(StandardCharsets.UTF_8));
    }

    /** A plain 7+ functional step with an owner: the background against which peaks stand out. */
    private static MomentBuilder moment(String title) {
        return new MomentBuilder(title);
    }

    private static final class MomentBuilder {

        private final String title;
        private TargetLevel target = TargetLevel.SEVEN_PLUS;
        private MomentNature nature = MomentNature.FUNCTIONAL;
        private boolean momentOfTruth;
        private boolean brandMoment;
        private Set<UUID> brandValueIds = Set.of();
        private Integer currentEmotion;
        private Integer desiredEmotion;
        private String deepDriver;
        private String exceedsExpectation;
        private String repeatability;
        private UUID ownerDisciplineId = CLAIMS_TEAM;

        MomentBuilder(String title) {
            this.title = title;
        }

        /** A fully worked-out, emotional 9+ moment. */
        MomentBuilder ninePlus() {
            target = TargetLevel.NINE_PLUS;
            nature = MomentNature.EMOTIONAL;
            deepDriver = "Feeling safe";
            exceedsExpectation = "We call before the customer has to chase us";
            repeatability = "Call script and a one-hour callback target";
            return this;
        }

        MomentBuilder functional() {
            nature = MomentNature.FUNCTIONAL;
            return this;
        }

        MomentBuilder emotional() {
            nature = MomentNature.EMOTIONAL;
            return this;
        }

        MomentBuilder truth() {
            momentOfTruth = true;
            return this;
        }

        MomentBuilder brandMoment(UUID... values) {
            brandMoment = true;
            return expresses(values);
        }

        MomentBuilder expresses(UUID... values) {
            brandValueIds = Set.of(values);
            return this;
        }

        MomentBuilder values(Set<UUID> values) {
            brandValueIds = values;
            return this;
        }

        MomentBuilder current(Integer emotion) {
            currentEmotion = emotion;
            return this;
        }

        MomentBuilder desired(Integer emotion) {
            desiredEmotion = emotion;
            return this;
        }

        MomentBuilder deepDriver(String text) {
            deepDriver = text;
            return this;
        }

        MomentBuilder exceedsExpectation(String text) {
            exceedsExpectation = text;
            return this;
        }

        MomentBuilder repeatability(String text) {
            repeatability = text;
            return this;
        }

        MomentBuilder noOwner() {
            ownerDisciplineId = null;
            return this;
        }

        MomentDesign build() {
            return new MomentDesign(id(title), title, target, nature, momentOfTruth, brandMoment, brandValueIds,
                    currentEmotion, desiredEmotion, deepDriver, exceedsExpectation, repeatability, ownerDisciplineId);
        }
    }
}
