package app.momentum.journey;

import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.PhaseRepository;
import app.momentum.journey.internal.MomentRepository;
import app.momentum.brand.BrandService;
import app.momentum.journey.signature.CheckResult;
import app.momentum.journey.signature.CheckSettings;
import app.momentum.journey.signature.JourneyDesign;
import app.momentum.journey.signature.MomentDesign;
import app.momentum.journey.signature.SignatureCheck;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Feeds a journey's moments, in map order, and the tenant's brand values and dosing threshold into the
 * signature check (plain Java rules in {@code journey.signature}), and keeps the result on the journey.
 */
@Component
class JourneyChecks {

    private final PhaseRepository phases;
    private final MomentRepository moments;
    private final BrandService brand;
    private final MomentOwnershipFacts ownership;
    /**
     * Looked up when used: the measurement module's implementation itself reaches the journey service, which needs
     * these checks; and without the measurement module (a journey-only test) there is no evidence, not an error.
     */
    private final ObjectProvider<BrandValueEvidence> brandEvidence;

    JourneyChecks(PhaseRepository phases, MomentRepository moments, BrandService brand, MomentOwnershipFacts ownership,
                  ObjectProvider<BrandValueEvidence> brandEvidence) {
        this.brandEvidence = brandEvidence;
        this.phases = phases;
        this.moments = moments;
        this.brand = brand;
        this.ownership = ownership;
    }

    CheckResult evaluate(Journey journey) {
        return evaluate(journey, phases.findByJourneyIdOrderByPositionAsc(journey.getId()), moments.findByJourneyId(journey.getId()));
    }

    CheckResult evaluate(Journey journey, List<Phase> journeyPhases, List<Moment> journeyMoments) {
        Map<java.util.UUID, Integer> phaseOrder = journeyPhases.stream()
                .collect(Collectors.toMap(Phase::getId, Phase::getPosition));
        java.util.Set<java.util.UUID> withBehaviour = ownership.momentsWithExpectedBehaviour(journey.getId());
        List<MomentDesign> design = journeyMoments.stream()
                .sorted(Comparator.comparing((Moment m) -> phaseOrder.getOrDefault(m.getPhaseId(), Integer.MAX_VALUE))
                        .thenComparing(Moment::getPosition))
                .map(m -> toDesign(m, withBehaviour.contains(m.getId())))
                .toList();
        List<java.util.UUID> values = brand.valueNames().stream().map(BrandService.Named::id).toList();
        double maxShare = brand.savedMaxNinePlusShare().map(java.math.BigDecimal::doubleValue)
                .orElse(CheckSettings.DEFAULT_MAX_NINE_PLUS_SHARE);
        // survey evidence only matters to signature journeys: others cost no query for it
        Map<java.util.UUID, Map<java.util.UUID, Boolean>> evidence =
                journey.getType() == JourneyType.SIGNATURE_JOURNEY
                        ? brandEvidence.getIfAvailable(() -> id -> Map.of()).latest(journey.getId()) : Map.of();
        return SignatureCheck.evaluate(new JourneyDesign(journey.getType(), design, values, evidence),
                new CheckSettings(maxShare));
    }

    /** Re-evaluates and stores the overall status without touching the journey's version (see the repository). */
    void recordStatus(Journey journey, app.momentum.journey.internal.JourneyRepository journeys) {
        journeys.recordCheckStatus(journey.getId(), evaluate(journey).overall());
    }

    /** Re-evaluates and stores the overall status, so the portfolio can show and filter it. */
    void refresh(Journey journey) {
        journey.setCheckStatus(evaluate(journey).overall());
    }

    private static MomentDesign toDesign(Moment m, boolean expectedBehaviour) {
        return new MomentDesign(m.getId(), m.getTitle(), m.getTargetLevel(), m.getNature(), m.isMomentOfTruth(),
                m.isBrandMoment(), new HashSet<>(m.getBrandValueIds()), m.getCurrentEmotion(), m.getDesiredEmotion(),
                m.getDeepDriver(), m.getExceedsExpectation(), m.getRepeatability(), m.getOwnerDisciplineId(), expectedBehaviour);
    }
}
