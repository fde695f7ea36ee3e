package app.momentum.ownership.domain;

import static app.momentum.ownership.domain.ResponsibilityRules.GapType.NINE_PLUS_WITHOUT_EXPECTED_BEHAVIOUR;
import static app.momentum.ownership.domain.ResponsibilityRules.GapType.NINE_PLUS_WITHOUT_HR;
import static app.momentum.ownership.domain.ResponsibilityRules.GapType.NO_ACCOUNTABLE;
import static app.momentum.ownership.domain.ResponsibilityRules.GapType.OWNER_NOT_RESPONSIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.journey.TargetLevel;
import app.momentum.ownership.domain.ResponsibilityRules.Gap;
import app.momentum.ownership.domain.ResponsibilityRules.GapType;
import app.momentum.ownership.domain.ResponsibilityRules.MomentFacts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The responsibility matrix: one accountable, an owner who delivers, and the gaps left to close. */
class ResponsibilityRulesTest {

    final UUID marketing = UUID.randomUUID();
    final UUID service = UUID.randomUUID();
    final UUID hr = UUID.randomUUID();
    final UUID alice = UUID.randomUUID();

    // --- one accountable per moment

    @Test
    void aRowWithoutAnyOrWithOneAccountablePasses() {
        assertThatCode(() -> ResponsibilityRules.checkAssignment(Map.of())).doesNotThrowAnyException();
        assertThatCode(() -> ResponsibilityRules.checkAssignment(Map.of(marketing, Raci.R, service, Raci.C)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ResponsibilityRules.checkAssignment(
                Map.of(marketing, Raci.A, service, Raci.R, hr, Raci.I))).doesNotThrowAnyException();
    }

    @Test
    void manyResponsibleConsultedOrInformedDisciplinesAreFine() {
        assertThatCode(() -> ResponsibilityRules.checkAssignment(Map.of(marketing, Raci.R, service, Raci.R, hr, Raci.R)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ResponsibilityRules.checkAssignment(Map.of(marketing, Raci.C, service, Raci.I, hr, Raci.I)))
                .doesNotThrowAnyException();
    }

    @Test
    void twoOrMoreAccountableDisciplinesAreRefused() {
        assertRefused(() -> ResponsibilityRules.checkAssignment(Map.of(marketing, Raci.A, service, Raci.A)),
                "raci.error.oneAccountable");
        assertRefused(() -> ResponsibilityRules.checkAssignment(
                Map.of(marketing, Raci.A, service, Raci.A, hr, Raci.A)), "raci.error.oneAccountable");
    }

    @Test
    void anEmptyCellInAMutableRowIsNotAnAccountable() {
        Map<UUID, Raci> row = new HashMap<>();
        row.put(marketing, Raci.A);
        row.put(service, null);
        assertThatCode(() -> ResponsibilityRules.checkAssignment(row)).doesNotThrowAnyException();
    }

    // --- the owner delivers the moment

    @Test
    void aMomentWithoutOwnerPasses() {
        assertThatCode(() -> ResponsibilityRules.checkOwner(null, Set.of(), Map.of())).doesNotThrowAnyException();
        assertThatCode(() -> ResponsibilityRules.checkOwner(null, null, Map.of(marketing, Raci.C)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Raci.class, names = {"R", "A"})
    void anOwnerWhoseDisciplineDoesTheWorkOrAnswersForItPasses(Raci raci) {
        assertThatCode(() -> ResponsibilityRules.checkOwner(alice, Set.of(service), Map.of(service, raci)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Raci.class, names = {"C", "I"})
    void anOwnerWhoseDisciplineIsOnlyConsultedOrInformedIsRefused(Raci raci) {
        assertRefused(() -> ResponsibilityRules.checkOwner(alice, Set.of(service), Map.of(service, raci)),
                "raci.error.ownerNotResponsible");
    }

    @Test
    void anOwnerWithSeveralDisciplinesNeedsOnlyOneThatDelivers() {
        assertThatCode(() -> ResponsibilityRules.checkOwner(alice, Set.of(marketing, service),
                Map.of(marketing, Raci.I, service, Raci.R))).doesNotThrowAnyException();
    }

    @Test
    void anOwnerWhoseDisciplinesAreNotInTheRowOrWhoHasNoneIsRefused() {
        assertRefused(() -> ResponsibilityRules.checkOwner(alice, Set.of(hr), Map.of(marketing, Raci.A)),
                "raci.error.ownerNotResponsible");
        assertRefused(() -> ResponsibilityRules.checkOwner(alice, Set.of(), Map.of(marketing, Raci.A)),
                "raci.error.ownerNotResponsible");
        assertRefused(() -> ResponsibilityRules.checkOwner(alice, null, Map.of(marketing, Raci.A)),
                "raci.error.ownerNotResponsible");
        assertRefused(() -> ResponsibilityRules.checkOwner(alice, Set.of(marketing), Map.of()),
                "raci.error.ownerNotResponsible");
    }

    // --- gaps

    @Test
    void wellCoveredMomentsHaveNoGaps() {
        MomentFacts sevenPlus = new MomentFacts(UUID.randomUUID(), TargetLevel.SEVEN_PLUS,
                Map.of(service, Raci.A), alice, Set.of(service), false);
        MomentFacts ninePlus = new MomentFacts(UUID.randomUUID(), TargetLevel.NINE_PLUS,
                Map.of(marketing, Raci.A, service, Raci.R, hr, Raci.C), alice, Set.of(service), true);

        assertThat(ResponsibilityRules.gaps(List.of(sevenPlus, ninePlus), hr)).isEmpty();
    }

    @Test
    void noMomentsNoGaps() {
        assertThat(ResponsibilityRules.gaps(List.of(), hr)).isEmpty();
        assertThat(ResponsibilityRules.gaps(List.of(), null)).isEmpty();
    }

    @Test
    void aMomentWithoutAnAccountableDisciplineIsAGap() {
        MomentFacts moment = sevenPlus(Map.of(service, Raci.R, marketing, Raci.C));
        assertThat(ResponsibilityRules.gaps(List.of(moment), hr)).containsExactly(new Gap(moment.momentId(), NO_ACCOUNTABLE));
        MomentFacts empty = sevenPlus(Map.of());
        assertThat(ResponsibilityRules.gaps(List.of(empty), hr)).containsExactly(new Gap(empty.momentId(), NO_ACCOUNTABLE));
    }

    @Test
    void aNinePlusMomentWithoutHrIsAGap() {
        MomentFacts moment = ninePlus(Map.of(service, Raci.A, marketing, Raci.R), true);
        assertThat(ResponsibilityRules.gaps(List.of(moment), hr))
                .containsExactly(new Gap(moment.momentId(), NINE_PLUS_WITHOUT_HR));
    }

    @ParameterizedTest
    @EnumSource(Raci.class)
    void anyPartForHrCountsAsInvolved(Raci hrPart) {
        Raci servicePart = hrPart == Raci.A ? Raci.R : Raci.A;
        Map<UUID, Raci> row = Map.of(service, servicePart, hr, hrPart);
        assertThat(ResponsibilityRules.gaps(List.of(ninePlus(row, true)), hr)).isEmpty();
    }

    @Test
    void aSevenPlusMomentNeedsNeitherHrNorExpectedBehaviour() {
        MomentFacts moment = sevenPlus(Map.of(service, Raci.A));
        assertThat(moment.hasExpectedBehaviour()).isFalse();
        assertThat(ResponsibilityRules.gaps(List.of(moment), hr)).isEmpty();
    }

    @Test
    void withoutAnHrDisciplineEveryNinePlusMomentLacksHrButSevenPlusMomentsDoNot() {
        MomentFacts ninePlus = ninePlus(Map.of(service, Raci.A), true);
        MomentFacts sevenPlus = sevenPlus(Map.of(service, Raci.A));
        MomentFacts hrLookalike = ninePlus(Map.of(service, Raci.A, hr, Raci.C), true);

        assertThat(ResponsibilityRules.gaps(List.of(ninePlus, sevenPlus, hrLookalike), null)).containsExactly(
                new Gap(ninePlus.momentId(), NINE_PLUS_WITHOUT_HR),
                new Gap(hrLookalike.momentId(), NINE_PLUS_WITHOUT_HR));
    }

    @Test
    void aNinePlusMomentWithoutExpectedBehaviourIsAGap() {
        MomentFacts moment = ninePlus(Map.of(service, Raci.A, hr, Raci.I), false);
        assertThat(ResponsibilityRules.gaps(List.of(moment), hr))
                .containsExactly(new Gap(moment.momentId(), NINE_PLUS_WITHOUT_EXPECTED_BEHAVIOUR));
    }

    @ParameterizedTest
    @EnumSource(value = Raci.class, names = {"C", "I"})
    void anOwnerWhoseDisciplinesDoNotDeliverIsAGap(Raci ownerPart) {
        MomentFacts moment = new MomentFacts(UUID.randomUUID(), TargetLevel.SEVEN_PLUS,
                Map.of(service, Raci.A, marketing, ownerPart), alice, Set.of(marketing), false);
        assertThat(ResponsibilityRules.gaps(List.of(moment), hr))
                .containsExactly(new Gap(moment.momentId(), OWNER_NOT_RESPONSIBLE));
    }

    @Test
    void anOwnerWithoutAnyDisciplineIsAGapAndNoOwnerIsNot() {
        MomentFacts disciplineless = new MomentFacts(UUID.randomUUID(), TargetLevel.SEVEN_PLUS,
                Map.of(service, Raci.A), alice, Set.of(), false);
        MomentFacts ownerless = new MomentFacts(UUID.randomUUID(), TargetLevel.SEVEN_PLUS,
                Map.of(service, Raci.A), null, null, false);
        assertThat(ResponsibilityRules.gaps(List.of(disciplineless, ownerless), hr))
                .containsExactly(new Gap(disciplineless.momentId(), OWNER_NOT_RESPONSIBLE));
    }

    @Test
    void gapsComeInMomentOrderThenInGapTypeOrder() {
        MomentFacts everything = new MomentFacts(UUID.randomUUID(), TargetLevel.NINE_PLUS,
                Map.of(marketing, Raci.C), alice, Set.of(marketing), false);
        MomentFacts fine = sevenPlus(Map.of(service, Raci.A));
        MomentFacts twoGaps = new MomentFacts(UUID.randomUUID(), TargetLevel.NINE_PLUS,
                Map.of(service, Raci.R), alice, Set.of(service), false);

        assertThat(ResponsibilityRules.gaps(List.of(everything, fine, twoGaps), hr)).containsExactly(
                new Gap(everything.momentId(), NO_ACCOUNTABLE),
                new Gap(everything.momentId(), NINE_PLUS_WITHOUT_HR),
                new Gap(everything.momentId(), NINE_PLUS_WITHOUT_EXPECTED_BEHAVIOUR),
                new Gap(everything.momentId(), OWNER_NOT_RESPONSIBLE),
                new Gap(twoGaps.momentId(), NO_ACCOUNTABLE),
                new Gap(twoGaps.momentId(), NINE_PLUS_WITHOUT_HR),
                new Gap(twoGaps.momentId(), NINE_PLUS_WITHOUT_EXPECTED_BEHAVIOUR));
    }

    @Test
    void theGapListCannotBeChanged() {
        List<Gap> gaps = ResponsibilityRules.gaps(List.of(sevenPlus(Map.of())), hr);
        assertThatThrownBy(() -> gaps.add(new Gap(UUID.randomUUID(), NO_ACCOUNTABLE)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void momentFactsKeepTheirOwnCopyAndTreatMissingCollectionsAsEmpty() {
        Map<UUID, Raci> row = new LinkedHashMap<>(Map.of(service, Raci.A));
        Set<UUID> disciplines = new HashSet<>(Set.of(service));
        MomentFacts moment = new MomentFacts(UUID.randomUUID(), TargetLevel.SEVEN_PLUS, row, alice, disciplines, false);
        row.clear();
        disciplines.clear();
        assertThat(moment.raciByDiscipline()).containsExactly(Map.entry(service, Raci.A));
        assertThat(moment.ownerPersonDisciplineIds()).containsExactly(service);

        MomentFacts bare = new MomentFacts(UUID.randomUUID(), TargetLevel.SEVEN_PLUS, null, null, null, false);
        assertThat(bare.raciByDiscipline()).isEmpty();
        assertThat(bare.ownerPersonDisciplineIds()).isEmpty();
        assertThatThrownBy(() -> new MomentFacts(null, TargetLevel.SEVEN_PLUS, null, null, null, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MomentFacts(UUID.randomUUID(), null, null, null, null, false))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void gapTypesAreOrderedMostBasicFirstAndHaveLabelKeys() {
        assertThat(GapType.values()).containsExactly(NO_ACCOUNTABLE, NINE_PLUS_WITHOUT_HR,
                NINE_PLUS_WITHOUT_EXPECTED_BEHAVIOUR, OWNER_NOT_RESPONSIBLE);
        assertThat(NINE_PLUS_WITHOUT_HR.labelKey()).isEqualTo("gap.NINE_PLUS_WITHOUT_HR");
    }

    private MomentFacts sevenPlus(Map<UUID, Raci> row) {
        return new MomentFacts(UUID.randomUUID(), TargetLevel.SEVEN_PLUS, row, null, Set.of(), false);
    }

    private MomentFacts ninePlus(Map<UUID, Raci> row, boolean hasExpectedBehaviour) {
        return new MomentFacts(UUID.randomUUID(), TargetLevel.NINE_PLUS, row, null, Set.of(), hasExpectedBehaviour);
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(messageKey);
            assertThat(e.arguments()).isEmpty();
        });
    }
}
