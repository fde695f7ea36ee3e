package app.momentum.journey;

import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.PhaseRepository;
import app.momentum.journey.internal.MomentRepository;
import app.momentum.journey.internal.JourneyRepository;
import app.momentum.base.ConcurrentEditException;
import app.momentum.base.Ordering;
import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import app.momentum.base.live.LiveEvent;
import app.momentum.security.MemberSession;
import app.momentum.brand.BrandService;
import app.momentum.discipline.DisciplineService;
import app.momentum.journey.collab.ActivityAction;
import app.momentum.journey.collab.ActivityLog;
import app.momentum.journey.collab.BaselineComparison;
import app.momentum.journey.collab.BaselineSnapshot;
import app.momentum.journey.collab.JourneyActivity;
import app.momentum.journey.collab.MomentStates;
import app.momentum.journey.merge.FieldMerge;
import app.momentum.journey.signature.CheckResult;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.tenancy.TenantMembers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a journey map: phases and the moments in them. Tenant admins, CX managers and contributors edit;
 * executives read. Every change re-runs the signature check and stores its status on the journey.
 */
@Service
@Transactional
public class JourneyMapService {

    static final String EDITORS = JourneyPermissions.MAY_DESIGN;
    public static final int MIN_EMOTION = -3;
    public static final int MAX_EMOTION = 3;

    private final JourneyRepository journeys;
    private final PhaseRepository phases;
    private final MomentRepository moments;
    private final BrandService brand;
    private final DisciplineService disciplines;
    private final TenantMembers members;
    private final JourneyChecks checks;
    private final ApplicationEventPublisher events;
    private final MemberSession memberSession;
    private final ActivityLog activity;
    private final MomentOwnershipFacts ownership;

    JourneyMapService(JourneyRepository journeys, PhaseRepository phases, MomentRepository moments, BrandService brand,
                      DisciplineService disciplines, TenantMembers members, JourneyChecks checks,
                      ApplicationEventPublisher events, MemberSession memberSession, ActivityLog activity,
                      MomentOwnershipFacts ownership) {
        this.activity = activity;
        this.ownership = ownership;
        this.events = events;
        this.memberSession = memberSession;
        this.journeys = journeys;
        this.phases = phases;
        this.moments = moments;
        this.brand = brand;
        this.disciplines = disciplines;
        this.members = members;
        this.checks = checks;
    }

    /** A journey with its phases in order, each phase's moments in order, and the signature check. */
    public record JourneyMap(Journey journey, Map<Phase, List<Moment>> momentsByPhase, CheckResult check) {

        /** All moments in map order. */
        public List<Moment> moments() {
            return momentsByPhase.values().stream().flatMap(List::stream).toList();
        }
    }

    /** The fields of a moment the user edits. */
    public record MomentData(String title, String customerDoes, String customerThinks, String customerFeels,
                             UUID channelId, String otherParty, MomentNature nature, TargetLevel targetLevel,
                             boolean momentOfTruth, boolean brandMoment, List<UUID> brandValueIds,
                             String consciousExpectation, String deepDriver, List<ExperienceDimension> dimensions,
                             List<ExperienceProvider> providers, Integer currentEmotion, Integer desiredEmotion,
                             String exceedsExpectation, String repeatability, UUID ownerDisciplineId, UUID ownerUserId) {

        /** The stored moment's editable fields (the base a merging save starts from). */
        public static MomentData of(Moment m) {
            return new MomentData(m.getTitle(), m.getCustomerDoes(), m.getCustomerThinks(), m.getCustomerFeels(),
                    m.getChannelId(), m.getOtherParty(), m.getNature(), m.getTargetLevel(), m.isMomentOfTruth(),
                    m.isBrandMoment(), m.getBrandValueIds(), m.getConsciousExpectation(), m.getDeepDriver(),
                    m.getDimensions().stream().map(ExperienceDimension::valueOf).toList(),
                    m.getProviders().stream().map(ExperienceProvider::valueOf).toList(), m.getCurrentEmotion(),
                    m.getDesiredEmotion(), m.getExceedsExpectation(), m.getRepeatability(), m.getOwnerDisciplineId(),
                    m.getOwnerUserId());
        }
    }

    @Transactional(readOnly = true)
    public JourneyMap load(UUID journeyId) {
        Journey journey = journeys.findById(journeyId).orElseThrow(JourneyService::notFound);
        List<Phase> journeyPhases = phases.findByJourneyIdOrderByPositionAsc(journeyId);
        List<Moment> journeyMoments = moments.findByJourneyId(journeyId);
        Map<Phase, List<Moment>> byPhase = new LinkedHashMap<>();
        for (Phase phase : journeyPhases) {
            byPhase.put(phase, journeyMoments.stream().filter(m -> m.getPhaseId().equals(phase.getId()))
                    .sorted(Comparator.comparingInt(Moment::getPosition)).toList());
        }
        return new JourneyMap(journey, byPhase, checks.evaluate(journey, journeyPhases, journeyMoments));
    }

    /**
     * A journey map as records, for other modules (the REST API, the demo seeder): the journey, the signature
     * check's overall status as evaluated now, and its phases in order with each phase's moments in order.
     */
    public record JourneyMapRecord(JourneyService.JourneyRecord journey, CheckStatus check, List<PhaseRecord> phases) {

        /** All moments in map order. */
        public List<MomentRecord> moments() {
            return phases.stream().flatMap(phase -> phase.moments().stream()).toList();
        }
    }

    /** A phase of a {@link JourneyMapRecord} with its moments in order. */
    public record PhaseRecord(UUID id, String name, int position, List<MomentRecord> moments) {
    }

    /** A moment as other modules read it (the REST API, the demo seeder): where it sits and what it is. */
    public record MomentRecord(UUID id, UUID phaseId, int position, String title, TargetLevel targetLevel,
                               boolean momentOfTruth, MomentNature nature, boolean brandMoment, String customerDoes,
                               String customerThinks, String customerFeels, Integer currentEmotion,
                               Integer desiredEmotion) {

        static MomentRecord of(Moment moment) {
            return new MomentRecord(moment.getId(), moment.getPhaseId(), moment.getPosition(), moment.getTitle(),
                    moment.getTargetLevel(), moment.isMomentOfTruth(), moment.getNature(), moment.isBrandMoment(),
                    moment.getCustomerDoes(), moment.getCustomerThinks(), moment.getCustomerFeels(),
                    moment.getCurrentEmotion(), moment.getDesiredEmotion());
        }
    }

    /** {@link #load} as records, for the REST API and the demo seeder. */
    @Transactional(readOnly = true)
    public JourneyMapRecord loadRecord(UUID journeyId) {
        JourneyMap map = load(journeyId);
        List<PhaseRecord> phaseRecords = map.momentsByPhase().entrySet().stream()
                .map(entry -> new PhaseRecord(entry.getKey().getId(), entry.getKey().getName(), entry.getKey().getPosition(),
                        entry.getValue().stream().map(MomentRecord::of).toList()))
                .toList();
        return new JourneyMapRecord(JourneyService.JourneyRecord.of(map.journey()), map.check().overall(), phaseRecords);
    }

    /** Re-runs the signature check after something outside the map changed (e.g. an employee enabler). */
    public void recheck(UUID journeyId) {
        changed(journeys.findById(journeyId).orElseThrow(JourneyService::notFound));
    }

    /** One moment, as stored now (tenant-filtered). */
    @Transactional(readOnly = true)
    public java.util.Optional<Moment> findMoment(UUID momentId) {
        return moments.findById(momentId);
    }

    // --- phases --------------------------------------------------------------------------------------

    @PreAuthorize(EDITORS)
    public Phase addPhase(UUID journeyId, String name) {
        Journey journey = editableJourney(journeyId);
        Phase phase = phases.save(new Phase(journeyId, Texts.required(name, Texts.SHORT, "journey.error.phaseName"),
                Ordering.next(phases.findByJourneyIdOrderByPositionAsc(journeyId))));
        activity.record(journeyId, ActivityAction.PHASE_ADDED, phase.getName());
        changed(journey);
        return phase;
    }

    @PreAuthorize(EDITORS)
    public Phase renamePhase(UUID phaseId, long expectedVersion, String name) {
        Phase phase = phases.findById(phaseId).orElseThrow(JourneyService::notFound);
        ConcurrentEditException.check(phase.getVersion(), expectedVersion);
        String oldName = phase.getName();
        phase.setName(Texts.required(name, Texts.SHORT, "journey.error.phaseName"));
        activity.record(phase.getJourneyId(), ActivityAction.PHASE_RENAMED, phase.getName(),
                List.of(new JourneyActivity.FieldChange("map.phaseName", oldName, phase.getName())));
        changed(editableJourney(phase.getJourneyId()));
        return phases.saveAndFlush(phase);
    }

    @PreAuthorize(EDITORS)
    public void movePhase(UUID phaseId, int direction) {
        Phase phase = phases.findById(phaseId).orElseThrow(JourneyService::notFound);
        Ordering.move(phases.findByJourneyIdOrderByPositionAsc(phase.getJourneyId()), phaseId, direction);
        activity.record(phase.getJourneyId(), ActivityAction.PHASE_MOVED, phase.getName());
        changed(editableJourney(phase.getJourneyId()));
    }

    /** Deletes an empty phase; a phase with moments is refused, so no moment disappears by accident. */
    @PreAuthorize(EDITORS)
    public void deletePhase(UUID phaseId) {
        Phase phase = phases.findById(phaseId).orElseThrow(JourneyService::notFound);
        if (!moments.findByPhaseIdOrderByPositionAsc(phaseId).isEmpty()) {
            throw new UserFacingException("journey.error.phaseNotEmpty", phase.getName());
        }
        Journey journey = editableJourney(phase.getJourneyId());
        phases.delete(phase);
        activity.record(journey.getId(), ActivityAction.PHASE_DELETED, phase.getName());
        changed(journey);
    }

    // --- moments -------------------------------------------------------------------------------------

    @PreAuthorize(EDITORS)
    public Moment addMoment(UUID phaseId, String title) {
        Phase phase = phases.findById(phaseId).orElseThrow(JourneyService::notFound);
        Journey journey = editableJourney(phase.getJourneyId());
        Moment moment = moments.save(new Moment(journey.getId(), phaseId, Texts.required(title, 200, "journey.error.momentTitle"),
                Ordering.next(moments.findByPhaseIdOrderByPositionAsc(phaseId))));
        activity.record(journey.getId(), ActivityAction.MOMENT_ADDED, moment.getTitle());
        changed(journey);
        return moment;
    }

    /** A moment just added, as the demo seeder refers to it: which one, and the version its next save expects. */
    public record MomentVersion(UUID id, long version) {
    }

    /** {@link #addMoment(UUID, String)} for the demo seeder, which fills in the moment's fields with a save next. */
    @PreAuthorize(EDITORS)
    public MomentVersion addMomentReturningVersion(UUID phaseId, String title) {
        Moment moment = addMoment(phaseId, title);
        return new MomentVersion(moment.getId(), moment.getVersion());
    }

    /**
     * Adds one moment with all its fields at the end of a phase of the journey (the REST API), in one transaction,
     * so a refused field leaves no half-made moment behind.
     */
    @PreAuthorize(EDITORS)
    public Moment addMoment(UUID journeyId, UUID phaseId, MomentData data) {
        Journey journey = editableJourney(journeyId);
        Phase phase = phases.findById(phaseId).filter(p -> p.getJourneyId().equals(journeyId))
                .orElseThrow(JourneyService::notFound);
        Moment moment = new Moment(journeyId, phase.getId(), "", Ordering.next(moments.findByPhaseIdOrderByPositionAsc(phaseId)));
        apply(moment, data);
        moments.save(moment);
        activity.record(journeyId, ActivityAction.MOMENT_ADDED, moment.getTitle());
        changed(journey);
        return moment;
    }

    /** {@link #addMoment(UUID, UUID, MomentData)} returning the moment as a record, for the REST API. */
    @PreAuthorize(EDITORS)
    public MomentRecord addMomentReturningRecord(UUID journeyId, UUID phaseId, MomentData data) {
        return MomentRecord.of(addMoment(journeyId, phaseId, data));
    }

    /** A moment to add in bulk: its phase and its fields. */
    public record NewMoment(UUID phaseId, MomentData data) {
    }

    /**
     * Adds many moments at the end of their phases in one go (an import): one check and one live update at
     * the end instead of one per moment.
     */
    @PreAuthorize(EDITORS)
    public List<Moment> addMoments(UUID journeyId, List<NewMoment> planned) {
        Journey journey = editableJourney(journeyId);
        java.util.Map<UUID, Integer> nextPosition = new java.util.HashMap<>();
        List<Moment> added = new ArrayList<>();
        for (NewMoment item : planned) {
            Phase phase = phases.findById(item.phaseId()).filter(p -> p.getJourneyId().equals(journeyId))
                    .orElseThrow(JourneyService::notFound);
            int position = nextPosition.computeIfAbsent(phase.getId(),
                    id -> Ordering.next(moments.findByPhaseIdOrderByPositionAsc(id)));
            nextPosition.put(phase.getId(), position + 1);
            Moment moment = new Moment(journeyId, phase.getId(), "", position);
            apply(moment, item.data());
            added.add(moments.save(moment));
        }
        activity.record(journeyId, ActivityAction.MOMENTS_IMPORTED, String.valueOf(added.size()));
        changed(journey);
        return added;
    }

    @PreAuthorize(EDITORS)
    public Moment saveMoment(UUID momentId, long expectedVersion, MomentData data) {
        Moment moment = moments.findById(momentId).orElseThrow(JourneyService::notFound);
        ConcurrentEditException.check(moment.getVersion(), expectedVersion);
        BaselineSnapshot.MomentState before = MomentStates.of(moment);
        apply(moment, data);
        Moment saved = moments.saveAndFlush(moment);
        activity.record(moment.getJourneyId(), ActivityAction.MOMENT_CHANGED, saved.getTitle(),
                BaselineComparison.differences(before, MomentStates.of(saved)));
        changed(editableJourney(moment.getJourneyId()));
        return saved;
    }

    // --- saving fields, merged with what others saved meanwhile ------------------------------------------

    /**
     * Saves the fields of a moment an editor changed, merged with whatever others saved since the editor started:
     * fields only this editor changed apply, fields only others changed stay theirs, and a field both changed
     * differently is a conflict. With any conflict nothing is stored: the editor sees both values and decides
     * ({@link #resolveFields(UUID, Map, Map, MomentSave.Conflicted, Map)}). Long texts whose changes lie apart are
     * merged word by word (java-diff-utils, see {@link app.momentum.journey.merge.TextMerge}).
     *
     * @param base the values the editor started from (at least for the fields in {@code mine})
     * @param mine the values the editor saves; only these fields are merged (the canvas sends one, the form all)
     * @throws UserFacingException "journey.error.momentDeletedMeanwhile" when the moment is gone; the same
     *         refusals as a full save when a merged value is not valid (then nothing is stored)
     */
    @PreAuthorize(EDITORS)
    public MomentSave saveFields(UUID momentId, Map<MomentField, ?> base, Map<MomentField, ?> mine) {
        Moment moment = momentStillThere(momentId);
        Journey journey = editableJourney(moment.getJourneyId());
        Map<MomentField, Object> stored = MomentField.values(MomentData.of(moment));
        FieldMerge.Result<MomentField> merge = MomentMerge.merge(base, mine, stored);
        if (!merge.clean()) {
            return new MomentSave.Conflicted(MomentMerge.conflicts(merge), moment.getVersion());
        }
        if (merge.applied().isEmpty()) {
            return new MomentSave.Saved(moment.getVersion(), Set.of());
        }
        Map<MomentField, Object> next = new EnumMap<>(stored);
        next.putAll(merge.merged());
        BaselineSnapshot.MomentState before = MomentStates.of(moment);
        apply(moment, MomentField.data(next));
        Moment saved = moments.saveAndFlush(moment);
        activity.record(moment.getJourneyId(), ActivityAction.MOMENT_CHANGED, saved.getTitle(),
                BaselineComparison.differences(before, MomentStates.of(saved)));
        changed(journey);
        return new MomentSave.Saved(saved.getVersion(), merge.applied());
    }

    /**
     * Saves after the editor decided the conflicts they were shown: per decided field their choice (theirs, mine or
     * a new text) against the value they saw stored. Merged again with what is stored now, so a field someone
     * changed once more after the editor saw it is a conflict again, with the newest value, never overwritten unseen.
     *
     * @param seen the conflicts the editor was shown
     * @param choices the value chosen per conflicting field; a field left out stays in conflict
     */
    @PreAuthorize(EDITORS)
    public MomentSave resolveFields(UUID momentId, Map<MomentField, ?> base, Map<MomentField, ?> mine,
                                    MomentSave.Conflicted seen, Map<MomentField, ?> choices) {
        MomentEdit decided = new MomentEdit(MomentField.normalized(base), MomentField.normalized(mine)).decided(seen, choices);
        return saveFields(momentId, decided.base(), decided.mine());
    }

    /**
     * {@link #resolveFields(UUID, Map, Map, MomentSave.Conflicted, Map)} for a caller that kept no conflicts: the
     * choices decide the conflicts as they are stored now. Prefer the other: here a value someone saved between the
     * dialog and this call is taken as seen.
     */
    @PreAuthorize(EDITORS)
    public MomentSave resolveFields(UUID momentId, Map<MomentField, ?> base, Map<MomentField, ?> mine,
                                    Map<MomentField, ?> choices) {
        Moment moment = momentStillThere(momentId);
        FieldMerge.Result<MomentField> now = MomentMerge.merge(base, mine, MomentField.values(MomentData.of(moment)));
        return resolveFields(momentId, base, mine, new MomentSave.Conflicted(MomentMerge.conflicts(now), moment.getVersion()),
                choices);
    }

    /** One field changed from {@code base} to {@code value} (a cell of the canvas), merged like {@link #saveFields}. */
    @PreAuthorize(EDITORS)
    public MomentSave saveField(UUID momentId, MomentField field, Object base, Object value) {
        Map<MomentField, Object> started = new EnumMap<>(MomentField.class);
        started.put(field, base);
        Map<MomentField, Object> wanted = new EnumMap<>(MomentField.class);
        wanted.put(field, value);
        return saveFields(momentId, started, wanted);
    }

    /** The moment as stored, or the refusal an editor understands: someone deleted it while they edited. */
    private Moment momentStillThere(UUID momentId) {
        return moments.findById(momentId)
                .orElseThrow(() -> new UserFacingException("journey.error.momentDeletedMeanwhile"));
    }


    @PreAuthorize(EDITORS)
    public void deleteMoment(UUID momentId) {
        Moment moment = moments.findById(momentId).orElseThrow(JourneyService::notFound);
        Journey journey = editableJourney(moment.getJourneyId());
        moments.delete(moment);
        activity.record(journey.getId(), ActivityAction.MOMENT_DELETED, moment.getTitle());
        changed(journey);
    }

    /**
     * Moves a moment to {@code index} (0-based) in {@code targetPhaseId}, within the same journey: by drag and
     * drop, or by keyboard (one place up or down, or into the previous or next phase).
     */
    @PreAuthorize(EDITORS)
    public void moveMoment(UUID momentId, UUID targetPhaseId, int index) {
        Moment moment = moments.findById(momentId).orElseThrow(JourneyService::notFound);
        Phase target = phases.findById(targetPhaseId).orElseThrow(JourneyService::notFound);
        if (!target.getJourneyId().equals(moment.getJourneyId())) {
            throw JourneyService.notFound();
        }
        UUID sourcePhaseId = moment.getPhaseId();
        List<Moment> source = new ArrayList<>(moments.findByPhaseIdOrderByPositionAsc(sourcePhaseId));
        source.removeIf(m -> m.getId().equals(momentId));
        renumber(source);
        List<Moment> destination = sourcePhaseId.equals(targetPhaseId) ? source
                : new ArrayList<>(moments.findByPhaseIdOrderByPositionAsc(targetPhaseId));
        destination.add(Math.max(0, Math.min(index, destination.size())), moment);
        moment.setPhaseId(targetPhaseId);
        renumber(destination);
        activity.record(moment.getJourneyId(), ActivityAction.MOMENT_MOVED, moment.getTitle(),
                sourcePhaseId.equals(targetPhaseId) ? List.of() : List.of(new JourneyActivity.FieldChange(
                        "activity.field.phase", phases.findById(sourcePhaseId).map(Phase::getName).orElse(""), target.getName())));
        changed(editableJourney(moment.getJourneyId()));
    }

    /**
     * Moves a moment to just before {@code beforeMomentId} in {@code targetPhaseId}, or to that phase's end when
     * {@code beforeMomentId} is null or not in the phase: a drop on the map. Dropped on itself, nothing moves.
     * The insert index comes from {@link MomentOrdering}; the move itself is the one above (same checks).
     */
    @PreAuthorize(EDITORS)
    public void moveMoment(UUID momentId, UUID targetPhaseId, UUID beforeMomentId) {
        List<UUID> targetOrder = moments.findByPhaseIdOrderByPositionAsc(targetPhaseId).stream().map(Moment::getId).toList();
        java.util.OptionalInt index = MomentOrdering.insertIndex(targetOrder, momentId, beforeMomentId);
        if (index.isPresent()) {
            moveMoment(momentId, targetPhaseId, index.getAsInt());
        } else {
            moments.findById(momentId).orElseThrow(JourneyService::notFound);
        }
    }

    private static void renumber(List<Moment> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
    }

    private void apply(Moment moment, MomentData data) {
        moment.setTitle(Texts.required(data.title(), 200, "journey.error.momentTitle"));
        moment.setCustomerDoes(Texts.optional(data.customerDoes(), Texts.LONG));
        moment.setCustomerThinks(Texts.optional(data.customerThinks(), Texts.LONG));
        moment.setCustomerFeels(Texts.optional(data.customerFeels(), Texts.LONG));
        if (data.channelId() != null && brand.channelNames().stream().noneMatch(c -> c.id().equals(data.channelId()))) {
            throw JourneyService.notFound();
        }
        moment.setChannelId(data.channelId());
        moment.setOtherParty(Texts.optional(data.otherParty(), 200));
        moment.setNature(data.nature() == null ? MomentNature.FUNCTIONAL : data.nature());
        moment.setTargetLevel(data.targetLevel() == null ? TargetLevel.SEVEN_PLUS : data.targetLevel());
        moment.setMomentOfTruth(data.momentOfTruth());
        moment.setBrandMoment(data.brandMoment());
        List<UUID> values = data.brandValueIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(data.brandValueIds()));
        if (!brand.valueNames().stream().map(BrandService.Named::id).toList().containsAll(values)) {
            throw JourneyService.notFound();
        }
        moment.setBrandValueIds(values);
        moment.setConsciousExpectation(Texts.optional(data.consciousExpectation(), Texts.LONG));
        moment.setDeepDriver(Texts.optional(data.deepDriver(), Texts.SHORT));
        moment.setDimensions(names(data.dimensions()));
        moment.setProviders(names(data.providers()));
        moment.setCurrentEmotion(emotion(data.currentEmotion(), "journey.error.currentEmotion"));
        moment.setDesiredEmotion(emotion(data.desiredEmotion(), "journey.error.desiredEmotion"));
        moment.setExceedsExpectation(Texts.optional(data.exceedsExpectation(), Texts.LONG));
        moment.setRepeatability(Texts.optional(data.repeatability(), Texts.LONG));
        if (data.ownerDisciplineId() != null
                && !disciplines.disciplineExists(data.ownerDisciplineId())) {
            throw JourneyService.notFound();
        }
        moment.setOwnerDisciplineId(data.ownerDisciplineId());
        if (data.ownerUserId() != null && !members.isActiveMember(data.ownerUserId())) {
            throw new UserFacingException("journey.error.owner");
        }
        if (data.ownerUserId() != null && !data.ownerUserId().equals(moment.getOwnerUserId())) {
            // the owner works in a discipline that delivers the moment: ownership knows the matrix
            ownership.checkNewOwner(moment.getId(), data.ownerUserId());
        }
        moment.setOwnerUserId(data.ownerUserId());
    }

    private static Integer emotion(Integer value, String messageKey) {
        if (value != null && (value < MIN_EMOTION || value > MAX_EMOTION)) {
            throw new UserFacingException(messageKey, MIN_EMOTION, MAX_EMOTION);
        }
        return value;
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().distinct().map(Enum::name).toList();
    }

    /** Archived journeys are read-only until restored. */
    private Journey editableJourney(UUID journeyId) {
        Journey journey = journeys.findById(journeyId).orElseThrow(JourneyService::notFound);
        if (journey.isArchived()) {
            throw new UserFacingException("journey.error.archived");
        }
        return journey;
    }

    private void changed(Journey journey) {
        moments.flush();
        phases.flush();
        journeys.recordMapChange(journey.getId(), checks.evaluate(journey).overall(), java.time.Instant.now());
        events.publishEvent(new LiveEvent(journey.getTenantId(), journey.getId(), LiveEvent.Kind.CHANGED, null,
                memberSession.current().map(a -> a.user().id()).orElse(null)));
    }
}
