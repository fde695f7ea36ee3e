package app.momentum.journey;

import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.MomentRepository;
import app.momentum.journey.internal.JourneyRepository;
import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.PhaseRepository;
import app.momentum.journey.signature.CheckStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journey module's published reads for the modules above it (actions, measurement, follow-up), as records, so
 * they never reach into the journey repositories. Tenant-filtered like everything else: a journey or moment of
 * another tenant is simply absent. No role check: every member may read journeys; callers that change something
 * check their own rules. Joins the caller's transaction (the survey analysis reads inside its import transaction).
 */
@Service
@Transactional(readOnly = true)
public class JourneyLookup {

    private final JourneyRepository journeys;
    private final MomentRepository moments;
    private final PhaseRepository phases;

    JourneyLookup(JourneyRepository journeys, MomentRepository moments, PhaseRepository phases) {
        this.journeys = journeys;
        this.moments = moments;
        this.phases = phases;
    }

    /** A journey as other modules refer to it. */
    public record JourneyRef(UUID id, String name, UUID ownerUserId) {

        static JourneyRef of(Journey journey) {
            return new JourneyRef(journey.getId(), journey.getName(), journey.getOwnerUserId());
        }
    }

    /**
     * A moment as other modules refer to it: where it sits ({@code position} orders it within its phase), its
     * target and who owns it.
     */
    public record MomentRef(UUID id, UUID journeyId, UUID phaseId, String title, int position, TargetLevel targetLevel,
                            UUID ownerDisciplineId, UUID ownerUserId) {

        static MomentRef of(Moment moment) {
            return new MomentRef(moment.getId(), moment.getJourneyId(), moment.getPhaseId(), moment.getTitle(),
                    moment.getPosition(), moment.getTargetLevel(), moment.getOwnerDisciplineId(), moment.getOwnerUserId());
        }
    }

    /** How many active journeys are in a life-cycle stage with a check status (combinations without any left out). */
    public record PortfolioCount(LifecycleStage stage, CheckStatus checkStatus, long journeys) {
    }

    /** A moment as the life cycle's gates judge it. */
    public record GateMoment(UUID id, UUID phaseId, TargetLevel targetLevel, MomentNature nature,
                             boolean momentOfTruth) {
    }

    /** A journey's phases (in order) and moments, with only what the gates need. */
    public record MapOutline(List<UUID> phaseIds, List<GateMoment> moments) {

        public static final MapOutline EMPTY = new MapOutline(List.of(), List.of());
    }

    /**
     * The outline of each of these journeys' maps, by journey id, in two queries whatever the number of journeys
     * (the life cycle's states in bulk); journeys without phases are absent.
     */
    public Map<UUID, MapOutline> outlines(Collection<UUID> journeyIds) {
        if (journeyIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UUID>> phaseIds = new java.util.HashMap<>();
        for (Object[] row : phases.phaseIdsOf(journeyIds)) {
            phaseIds.computeIfAbsent((UUID) row[0], id -> new java.util.ArrayList<>()).add((UUID) row[1]);
        }
        Map<UUID, List<GateMoment>> momentsOf = new java.util.HashMap<>();
        for (Object[] row : moments.gateFactsOf(journeyIds)) {
            momentsOf.computeIfAbsent((UUID) row[0], id -> new java.util.ArrayList<>()).add(new GateMoment((UUID) row[1],
                    (UUID) row[2], (TargetLevel) row[3], (MomentNature) row[4], Boolean.TRUE.equals(row[5])));
        }
        Map<UUID, MapOutline> outlines = new java.util.HashMap<>();
        phaseIds.forEach((journeyId, ids) -> outlines.put(journeyId,
                new MapOutline(ids, momentsOf.getOrDefault(journeyId, List.of()))));
        return outlines;
    }

    /** The active portfolio counted by stage and check status, in one query (the cockpit). */
    public List<PortfolioCount> portfolioCounts() {
        return journeys.countActiveByStageAndCheckStatus().stream()
                .map(row -> new PortfolioCount((LifecycleStage) row[0], (CheckStatus) row[1], (Long) row[2]))
                .toList();
    }

    /** These moments, in no particular order, in one query; ids that are not the tenant's are left out. */
    public List<MomentRef> moments(Collection<UUID> momentIds) {
        if (momentIds.isEmpty()) {
            return List.of();
        }
        return moments.findAllById(momentIds).stream().map(MomentRef::of).toList();
    }

    /**
     * What the life cycle needs of a journey besides its map: its stage, owner and persona, whether it is meant to be
     * a signature journey, the signature check status stored with the last change, and when it was created and last
     * changed.
     */
    public record JourneyProfile(UUID id, String name, JourneyType type, LifecycleStage stage, UUID ownerUserId,
                                 UUID personaId, app.momentum.journey.signature.CheckStatus checkStatus,
                                 java.time.Instant createdAt, java.time.Instant updatedAt) {

        static JourneyProfile of(Journey journey) {
            return new JourneyProfile(journey.getId(), journey.getName(), journey.getType(),
                    journey.getLifecycleStage(), journey.getOwnerUserId(), journey.getPersonaId(),
                    journey.getCheckStatus(), journey.getCreatedAt(), journey.getUpdatedAt());
        }
    }

    /** One journey's profile (archived ones too); empty when it is not the tenant's. */
    public Optional<JourneyProfile> profile(UUID journeyId) {
        return journeys.findById(journeyId).map(JourneyProfile::of);
    }

    /** Every active (not archived) journey's profile, in one query, by name. */
    public List<JourneyProfile> activeProfiles() {
        return journeys.findAll(JourneyService.matching(JourneyService.JourneyFilter.active())).stream()
                .map(JourneyProfile::of).sorted(Comparator.comparing(JourneyProfile::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Optional<JourneyRef> journey(UUID journeyId) {
        return journeys.findById(journeyId).map(JourneyRef::of);
    }

    /** The name of every journey of the tenant (archived ones too), by id. */
    public Map<UUID, String> journeyNames() {
        return journeys.findAll().stream().collect(Collectors.toMap(Journey::getId, Journey::getName));
    }

    /** The names of these journeys, by id; ids that are not the tenant's are left out. */
    public Map<UUID, String> journeyNames(Collection<UUID> journeyIds) {
        return journeys.findAllById(journeyIds).stream().collect(Collectors.toMap(Journey::getId, Journey::getName));
    }

    public Optional<MomentRef> moment(UUID momentId) {
        return moments.findById(momentId).map(MomentRef::of);
    }

    /** The titles of these moments, by id; ids that are not the tenant's are left out. */
    public Map<UUID, String> momentTitles(Collection<UUID> momentIds) {
        return moments.findAllById(momentIds).stream().collect(Collectors.toMap(Moment::getId, Moment::getTitle));
    }

    /**
     * The brand values each moment of a journey is meant to express, for its brand moments and 9+ moments (the moments
     * the signature check holds to the brand); other moments are absent.
     */
    public Map<UUID, java.util.Set<UUID>> intendedBrandValues(UUID journeyId) {
        return moments.findByJourneyId(journeyId).stream()
                .filter(m -> (m.isBrandMoment() || m.getTargetLevel() == TargetLevel.NINE_PLUS)
                        && !m.getBrandValueIds().isEmpty())
                .collect(Collectors.toMap(Moment::getId, m -> java.util.Set.copyOf(m.getBrandValueIds())));
    }

    /** Every moment of a journey, in no particular order. */
    public List<MomentRef> momentsOf(UUID journeyId) {
        return moments.findByJourneyId(journeyId).stream().map(MomentRef::of).toList();
    }

    /** The active (not archived) journeys, one page of them (read by the action views to pick a journey from). */
    public List<JourneyRef> activeJourneys(Pageable page) {
        return journeys.findAll(JourneyService.matching(JourneyService.JourneyFilter.active()), page).getContent()
                .stream().map(JourneyRef::of).toList();
    }

    /**
     * Every moment of a journey in map order: phase by phase, each phase's moments by position; empty when the
     * journey is not the tenant's (read by the action dialog and the responsibility matrix).
     */
    public List<MomentRef> momentsInMapOrder(UUID journeyId) {
        Map<UUID, Integer> phasePosition = phases.findByJourneyIdOrderByPositionAsc(journeyId).stream()
                .collect(Collectors.toMap(Phase::getId, Phase::getPosition));
        return moments.findByJourneyId(journeyId).stream()
                .filter(moment -> phasePosition.containsKey(moment.getPhaseId()))
                .sorted(Comparator.comparing((Moment moment) -> phasePosition.get(moment.getPhaseId()))
                        .thenComparingInt(Moment::getPosition))
                .map(MomentRef::of).toList();
    }
}
