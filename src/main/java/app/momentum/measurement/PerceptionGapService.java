package app.momentum.measurement;

import app.momentum.measurement.gap.PerceptionGap;
import app.momentum.measurement.gap.MomentEstimateRepository;
import app.momentum.measurement.gap.MomentEstimate;
import app.momentum.base.UserFacingException;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.journey.JourneyService;
import app.momentum.measurement.MeasurementPermissions;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.survey.StoredAnalysis;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners' estimates and the perception gap per survey. An estimate only counts for a survey when it was made
 * before that survey's results were imported: an estimate made after seeing the results measures nothing.
 */
@Service
@Transactional
public class PerceptionGapService {

    private final MomentEstimateRepository estimates;
    private final JourneyLookup journeys;
    private final SurveyImportService surveys;
    private final MemberSession memberSession;
    private final Clock clock;

    PerceptionGapService(MomentEstimateRepository estimates, JourneyLookup journeys, SurveyImportService surveys,
                         MemberSession memberSession, Clock clock) {
        this.estimates = estimates;
        this.journeys = journeys;
        this.surveys = surveys;
        this.memberSession = memberSession;
        this.clock = clock;
    }

    /** Whether the current user may estimate this moment: its owner, or a CX manager or admin on their behalf. */
    @Transactional(readOnly = true)
    public boolean mayEstimate(MomentRef moment) {
        MomentumAuthentication me = memberSession.require();
        return MeasurementPermissions.mayEstimate(me.role(), me.user().id().equals(moment.ownerUserId()));
    }

    /**
     * Records an estimate (1–10, one decimal) for the next survey.
     *
     * @throws UserFacingException when the value is out of range or the user may not estimate the moment
     */
    public MomentEstimate estimate(UUID momentId, BigDecimal value) {
        MomentRef moment = journeys.moment(momentId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!mayEstimate(moment)) {
            throw new UserFacingException("gap.error.notOwner");
        }
        if (value == null || value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(BigDecimal.TEN) > 0) {
            throw new UserFacingException("gap.error.range");
        }
        return estimates.save(new MomentEstimate(momentId, value.setScale(1, RoundingMode.HALF_UP),
                memberSession.require().user().id(), clock.instant()));
    }

    /** The latest estimate per moment of the journey, whenever made (what the owner expects of the next survey). */
    @Transactional(readOnly = true)
    public Map<UUID, MomentEstimate> latestEstimates(UUID journeyId) {
        List<UUID> ids = momentsInMapOrder(journeyId).stream().map(MomentRef::id).toList();
        return latestBefore(ids, null);
    }

    /** The gap per moment of the journey for one of its surveys, in map order. */
    @Transactional(readOnly = true)
    public List<PerceptionGap> gaps(UUID importId) {
        StoredAnalysis stored = surveys.analysis(importId).orElseThrow(() -> new UserFacingException("error.notFound"));
        List<MomentRef> moments = momentsInMapOrder(stored.survey().getJourneyId());
        Map<UUID, MomentResult> measured = stored.result().overall().moments().stream()
                .filter(m -> m.momentId() != null)
                .collect(Collectors.toMap(MomentResult::momentId, m -> m, (a, b) -> a));
        Map<UUID, MomentEstimate> before = latestBefore(moments.stream().map(MomentRef::id).toList(),
                stored.survey().getCreatedAt());
        return moments.stream().map(moment -> new PerceptionGap(moment.id(), moment.title(),
                moment.targetLevel(),
                Optional.ofNullable(before.get(moment.id())).map(e -> e.getEstimate().doubleValue()).orElse(Double.NaN),
                Optional.ofNullable(measured.get(moment.id())).map(MomentResult::meanSatisfaction).orElse(Double.NaN)))
                .toList();
    }

    /** The journey's moments in map order; another tenant's journey is not found. */
    private List<MomentRef> momentsInMapOrder(UUID journeyId) {
        journeys.journey(journeyId).orElseThrow(JourneyService::notFound);
        return journeys.momentsInMapOrder(journeyId);
    }

    private Map<UUID, MomentEstimate> latestBefore(List<UUID> momentIds, Instant cutoff) {
        if (momentIds.isEmpty()) {
            return Map.of();
        }
        return estimates.findByMomentIdInOrderByEstimatedAtDesc(momentIds).stream()
                .filter(e -> cutoff == null || e.getEstimatedAt().isBefore(cutoff))
                .collect(Collectors.toMap(MomentEstimate::getMomentId, e -> e, (newer, older) -> newer));
    }
}
