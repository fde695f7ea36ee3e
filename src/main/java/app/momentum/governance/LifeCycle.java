package app.momentum.governance;

import app.momentum.action.ActionCycles;
import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionProgress;
import app.momentum.action.domain.ActionStatus;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.Formats;
import app.momentum.governance.domain.CriterionResult;
import app.momentum.governance.domain.Gate;
import app.momentum.governance.domain.GateCriterion;
import app.momentum.governance.domain.GateRules;
import app.momentum.governance.domain.GateVerdict;
import app.momentum.governance.domain.JourneyFacts;
import app.momentum.governance.domain.JourneyFacts.ActionFacts;
import app.momentum.governance.domain.JourneyFacts.MomentFacts;
import app.momentum.governance.domain.JourneyFacts.TargetShares;
import app.momentum.governance.domain.Staleness;
import app.momentum.governance.internal.GovernanceSettings;
import app.momentum.governance.internal.GovernanceSettingsRepository;
import app.momentum.governance.internal.JourneyLifeCycle;
import app.momentum.governance.internal.JourneyLifeCycleRepository;
import app.momentum.governance.internal.StageTransition;
import app.momentum.governance.internal.StageTransitionRepository;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.JourneyProfile;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyMapService.JourneyMapRecord;
import app.momentum.journey.JourneyMapService.MomentRecord;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.MomentOwnershipFacts;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.measurement.SurveyImports;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.analysis.Quadrant;
import app.momentum.measurement.survey.SurveyImportService.ImportSummary;
import app.momentum.ownership.Accountability;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantMembers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CX life cycle of the current tenant's journeys: each journey's stage and cycle, the gate out of its stage judged
 * on its own data, moves through the gate (with an override when it fails), their history, review dates and
 * staleness. The published API of the governance module: the board, the journey page, the cockpit and the report
 * read it.
 *
 * <p>Only CX managers and tenant admins move stages and override; everyone in the tenant reads. Tenant admins choose
 * which criteria apply and the review interval.
 *
 * <p>The facts a gate judges come from the modules' published reads: the journey's map and profile (journey), the
 * accountable discipline per moment and the employee enablers (ownership), the actions of the current cycle (action:
 * created on or after the cycle's start, or still open), and the imported surveys (measurement: their fielded days;
 * the latest one's target met and quadrant per moment).
 */
@Service
@Transactional
public class LifeCycle {

    /** Where one journey is, read in bulk for the board and the cockpit (no query per journey). */
    public record JourneyState(UUID journeyId, LifecycleStage stage, int cycle, LocalDate cycleStartedOn,
                               LocalDate reviewDueOn, Optional<Staleness.Reason> stale, boolean nextGatePasses,
                               int failingCriteria) {
    }

    /**
     * One move of a journey. {@code overrideReason} is present when a failing gate was passed anyway; the verdict's
     * failing criteria are kept as they were at the time.
     */
    public record Transition(UUID id, UUID journeyId, String journeyName, LifecycleStage from, LifecycleStage to,
                             int cycle, UUID byUserId, String byName, Instant at, String note,
                             Optional<String> overrideReason, List<GateCriterion> failingAtTheTime) {
    }

    /**
     * The gate out of a journey's stage with what the UI shows beside it: the journey's state and the names of
     * everything a criterion can fail with (the journey, its phases, moments and actions), by id.
     */
    public record GateReport(UUID journeyId, String journeyName, JourneyState state, GateVerdict verdict,
                             Map<UUID, String> names) {

        /** The name of a failing id; empty when it is no longer known. */
        public String name(UUID id) {
            return names.getOrDefault(id, "");
        }
    }

    /** The tenant's governance settings. */
    public record Settings(Set<GateCriterion> enabledCriteria, int reviewIntervalDays) {
    }

    /** The longest review interval a tenant may choose: two years. */
    public static final int MAX_INTERVAL_DAYS = 730;
    static final int MAX_TEXT = 2000;

    private final JourneyLookup lookup;
    private final JourneyService journeys;
    private final JourneyMapService maps;
    private final Accountability accountability;
    private final MomentOwnershipFacts ownershipFacts;
    private final ActionService actions;
    private final ActionCycles actionCycles;
    private final SurveyImports surveys;
    private final MemberSession memberSession;
    private final TenantMembers members;
    private final Clock clock;
    private final JourneyLifeCycleRepository cycles;
    private final StageTransitionRepository transitions;
    private final GovernanceSettingsRepository settingsRows;

    LifeCycle(JourneyLookup lookup, JourneyService journeys, JourneyMapService maps, Accountability accountability,
              MomentOwnershipFacts ownershipFacts, ActionService actions, ActionCycles actionCycles,
              SurveyImports surveys,
              MemberSession memberSession, TenantMembers members, Clock clock, JourneyLifeCycleRepository cycles,
              StageTransitionRepository transitions, GovernanceSettingsRepository settingsRows) {
        this.lookup = lookup;
        this.journeys = journeys;
        this.maps = maps;
        this.accountability = accountability;
        this.ownershipFacts = ownershipFacts;
        this.actions = actions;
        this.actionCycles = actionCycles;
        this.surveys = surveys;
        this.memberSession = memberSession;
        this.members = members;
        this.clock = clock;
        this.cycles = cycles;
        this.transitions = transitions;
        this.settingsRows = settingsRows;
    }

    /** The gate out of the journey's current stage, judged now with the tenant's enabled criteria. */
    @Transactional(readOnly = true)
    public GateVerdict nextGate(UUID journeyId) {
        JourneyProfile profile = profile(journeyId);
        return judge(profile, cycleOf(profile, cycles.findByJourneyId(journeyId)), settings().enabledCriteria());
    }

    /** {@link #nextGate} with the journey's state and the names of what fails, for the gate dialog and page. */
    @Transactional(readOnly = true)
    public GateReport nextGateReport(UUID journeyId) {
        JourneyProfile profile = profile(journeyId);
        Settings settings = settings();
        Cycle cycle = cycleOf(profile, cycles.findByJourneyId(journeyId));
        Gathered gathered = gather(profile, cycle);
        GateVerdict verdict = GateRules.evaluate(Gate.next(profile.stage()), gathered.facts(),
                settings.enabledCriteria());
        Map<UUID, String> names = new HashMap<>();
        names.put(journeyId, profile.name());
        gathered.map().phases().forEach(phase -> names.put(phase.id(), phase.name()));
        gathered.map().moments().forEach(moment -> names.put(moment.id(), moment.title()));
        gathered.actions().forEach(action -> names.put(action.id(), action.title()));
        return new GateReport(journeyId, profile.name(), state(profile, cycle, settings, gathered, verdict), verdict,
                Map.copyOf(names));
    }

    /**
     * Moves the journey through the gate out of {@code expectedFrom} (the stage the user saw: a move from a stage the
     * journey has meanwhile left is refused, never applied twice). A failing gate needs {@code overrideReason};
     * without one the move is refused with the failing criteria named. Passing management → mapping starts the next
     * cycle and saves a baseline of the map.
     */
    public Transition move(UUID journeyId, LifecycleStage expectedFrom, String note, String overrideReason) {
        MomentumAuthentication me = memberSession.require();
        if (!GovernancePermissions.mayMove(me.role())) {
            throw new AccessDeniedException("only CX managers and tenant admins move journeys through the gates");
        }
        Objects.requireNonNull(expectedFrom, "expectedFrom");
        JourneyProfile profile = profile(journeyId);
        if (profile.stage() != expectedFrom) {
            throw new UserFacingException("journey.error.stageMoved",
                    new app.momentum.base.Translatable("stage." + profile.stage().name()));
        }
        String cleanNote = text(note, "governance.error.noteTooLong");
        String reason = text(overrideReason, "governance.error.reasonTooLong");
        Optional<JourneyLifeCycle> existing = cycles.findByJourneyId(journeyId);
        Cycle cycle = cycleOf(profile, existing);
        GateVerdict verdict = judge(profile, cycle, settings().enabledCriteria());
        List<GateCriterion> failing = verdict.failing().stream().map(CriterionResult::criterion).toList();
        if (!verdict.passes()) {
            if (reason == null) {
                throw new GateFailsException(failing);
            }
            verdict.override(reason);
        } else {
            reason = null;
        }
        Gate gate = verdict.gate();
        journeys.moveStage(journeyId, gate.from(), gate.to());
        LocalDate today = today();
        JourneyLifeCycle row = existing.orElseGet(() -> new JourneyLifeCycle(journeyId, cycle.startedOn()));
        if (gate.startsNewCycle()) {
            row.startNextCycle(today);
        }
        cycles.save(row);
        StageTransition saved = transitions.save(new StageTransition(journeyId, gate.from(), gate.to(),
                cycle.number(), me.user().id(), Instant.now(clock), cleanNote, reason, failing));
        if (gate.startsNewCycle()) {
            journeys.saveBaseline(journeyId, "Cycle " + row.getCycle() + " start");
        }
        return toTransition(saved, Map.of(journeyId, profile.name()), names(List.of(saved)));
    }

    /** Whether the current user may move stages (CX manager or tenant admin). */
    @Transactional(readOnly = true)
    public boolean mayMove() {
        return GovernancePermissions.mayMove(role());
    }

    /** Whether the current user may change the governance settings (tenant admin). */
    @Transactional(readOnly = true)
    public boolean mayConfigure() {
        return GovernancePermissions.mayConfigure(role());
    }

    @Transactional(readOnly = true)
    public Optional<JourneyState> state(UUID journeyId) {
        Settings settings = settings();
        return lookup.profile(journeyId).map(profile -> state(profile, cycleOf(profile, cycles.findByJourneyId(journeyId)),
                settings));
    }

    /**
     * Every active journey's state, in one go: in a bounded number of queries whatever the number of journeys (the
     * facts of all journeys are read in bulk, the actions summed up in the database), each gate judged by the same
     * {@link GateRules} as {@link #nextGate}.
     */
    @Transactional(readOnly = true)
    public List<JourneyState> states() {
        Settings settings = settings();
        List<JourneyProfile> profiles = lookup.activeProfiles();
        Map<UUID, Cycle> cyclesOf = cyclesOf(profiles);
        Map<UUID, SurveyImports.JourneySurveys> journeySurveys = profiles.isEmpty() ? Map.of()
                : surveys.surveysPerJourney();
        Activity activity = new Activity(lastDays(journeySurveys), actionCycles.lastActivity(ids(profiles)));
        GateReads gates = gateReads(profiles, cyclesOf, journeySurveys);
        LocalDate today = today();
        return profiles.stream().map(profile -> {
            Cycle cycle = cyclesOf.get(profile.id());
            GateVerdict verdict = GateRules.evaluate(Gate.next(profile.stage()), gates.facts(profile, cycle),
                    settings.enabledCriteria());
            LocalDate reviewDue = reviewDueOn(profile, cycle, settings.reviewIntervalDays());
            Optional<Stale> stale = staleness(profile, cycle, settings.reviewIntervalDays(), today, activity);
            return new JourneyState(profile.id(), profile.stage(), cycle.number(), cycle.startedOn(), reviewDue,
                    stale.map(Stale::reason), verdict.passes(), verdict.failing().size());
        }).toList();
    }

    private Map<UUID, Cycle> cyclesOf(List<JourneyProfile> profiles) {
        Map<UUID, JourneyLifeCycle> rows = cycles.findAll().stream()
                .collect(Collectors.toMap(JourneyLifeCycle::getJourneyId, Function.identity()));
        Map<UUID, Cycle> result = new HashMap<>();
        profiles.forEach(profile -> result.put(profile.id(),
                cycleOf(profile, Optional.ofNullable(rows.get(profile.id())))));
        return result;
    }

    /**
     * What staleness reads of every journey besides its own record: the last day a survey was held and the last
     * change to any of its actions.
     */
    private record Activity(Map<UUID, LocalDate> lastSurvey, Map<UUID, LocalDate> lastActionChange) {
    }

    /**
     * The facts of many journeys' gates, read in bulk: only what the gate out of each journey's stage judges (the
     * map's outline for mapping and making, the accountable moments for mapping, the enablers and the committed moments
     * for making, the last completion for mining, unfinished actions for management; the surveys come with them).
     */
    private GateReads gateReads(List<JourneyProfile> profiles, Map<UUID, Cycle> cyclesOf,
                                Map<UUID, SurveyImports.JourneySurveys> journeySurveys) {
        List<UUID> mapping = idsIn(profiles, LifecycleStage.MAPPING);
        List<UUID> making = idsIn(profiles, LifecycleStage.MAKING);
        List<UUID> outlined = new ArrayList<>(mapping);
        outlined.addAll(making);
        return new GateReads(lookup.outlines(outlined), accountability.accountableMoments(mapping),
                accountability.momentsWithExpectedBehaviour(making), journeySurveys,
                actionCycles.committedMoments(cycleStarts(making, cyclesOf)),
                actionCycles.lastCompletion(cycleStarts(idsIn(profiles, LifecycleStage.MINING), cyclesOf)),
                actionCycles.withUnfinishedActions(cycleStarts(idsIn(profiles, LifecycleStage.MANAGEMENT), cyclesOf)));
    }

    private static List<UUID> ids(List<JourneyProfile> profiles) {
        return profiles.stream().map(JourneyProfile::id).toList();
    }

    private static List<UUID> idsIn(List<JourneyProfile> profiles, LifecycleStage stage) {
        return profiles.stream().filter(p -> p.stage() == stage).map(JourneyProfile::id).toList();
    }

    private static Map<UUID, LocalDate> lastDays(Map<UUID, SurveyImports.JourneySurveys> journeySurveys) {
        Map<UUID, LocalDate> days = new HashMap<>();
        journeySurveys.forEach((id, found) -> found.fieldedOn().stream().filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).ifPresent(day -> days.put(id, day)));
        return days;
    }

    private static Map<UUID, LocalDate> cycleStarts(List<UUID> journeyIds, Map<UUID, Cycle> cyclesOf) {
        Map<UUID, LocalDate> starts = new HashMap<>();
        journeyIds.forEach(id -> starts.put(id, cyclesOf.get(id).startedOn()));
        return starts;
    }

    /** Many journeys' gate facts, as read by {@link #gateReads}; each journey's actions only as far as its gate asks. */
    private record GateReads(Map<UUID, JourneyLookup.MapOutline> outlines, Set<UUID> accountable,
                             Set<UUID> withEnablers, Map<UUID, SurveyImports.JourneySurveys> surveys,
                             Map<UUID, Set<UUID>> committedMoments, Map<UUID, LocalDate> lastCompletion,
                             Set<UUID> withUnfinishedActions) {

        /**
         * The journey's facts for its gate. The actions are summed up into as few facts as lead to the same verdict:
         * one committed (done, undated) action per moment with a planned-or-further action, one journey action
         * completed on the cycle's last completion day, one unfinished journey action when any is.
         */
        JourneyFacts facts(JourneyProfile profile, Cycle cycle) {
            UUID journeyId = profile.id();
            JourneyLookup.MapOutline outline = outlines.getOrDefault(journeyId, JourneyLookup.MapOutline.EMPTY);
            SurveyImports.JourneySurveys journeySurveys = surveys.get(journeyId);
            Map<UUID, MomentResult> latest = journeySurveys == null ? Map.of() : journeySurveys.latestOverall();
            List<MomentFacts> moments = new ArrayList<>();
            for (JourneyLookup.GateMoment moment : outline.moments()) {
                MomentResult result = latest.get(moment.id());
                boolean measured = result != null && result.experienced() > 0;
                moments.add(new MomentFacts(moment.id(), moment.phaseId(), moment.targetLevel(), moment.nature(),
                        moment.momentOfTruth(), accountable.contains(moment.id()), measured && !result.targetMet(),
                        measured && fixOrRaise(result.quadrant()), withEnablers.contains(moment.id())));
            }
            List<ActionFacts> summed = new ArrayList<>();
            committedMoments.getOrDefault(journeyId, Set.of()).forEach(momentId -> summed.add(
                    new ActionFacts(momentId, momentId, ActionStatus.DONE, null, null)));
            if (lastCompletion.containsKey(journeyId)) {
                summed.add(new ActionFacts(journeyId, null, ActionStatus.DONE, lastCompletion.get(journeyId), null));
            }
            if (withUnfinishedActions.contains(journeyId)) {
                summed.add(new ActionFacts(journeyId, null, ActionStatus.IN_PROGRESS, null, null));
            }
            List<LocalDate> fielded = journeySurveys == null ? List.of()
                    : journeySurveys.fieldedOn().stream().filter(Objects::nonNull).toList();
            return new JourneyFacts(journeyId, profile.ownerUserId() != null, profile.personaId() != null,
                    profile.type() == JourneyType.SIGNATURE_JOURNEY, profile.checkStatus(), cycle.startedOn(),
                    outline.phaseIds(), moments, summed, fielded, TargetShares.UNKNOWN);
        }
    }

    /** The journey's transitions, newest first. */
    @Transactional(readOnly = true)
    public List<Transition> history(UUID journeyId) {
        JourneyProfile profile = profile(journeyId);
        List<StageTransition> found = transitions.findByJourneyIdOrderByAtDesc(journeyId);
        Map<UUID, String> names = names(found);
        return found.stream().map(t -> toTransition(t, Map.of(journeyId, profile.name()), names)).toList();
    }

    /** Every transition of the tenant since a moment (e.g. this quarter's stage moves, the overrides), newest first. */
    @Transactional(readOnly = true)
    public List<Transition> transitionsSince(Instant since) {
        List<StageTransition> found = transitions.findByAtGreaterThanEqualOrderByAtDesc(since);
        Map<UUID, String> journeyNames = lookup.journeyNames(found.stream().map(StageTransition::getJourneyId)
                .collect(Collectors.toSet()));
        Map<UUID, String> names = names(found);
        return found.stream().map(t -> toTransition(t, journeyNames, names)).toList();
    }

    /** Records that the journey was reviewed today: its next review is due one interval later. */
    public void markReviewed(UUID journeyId) {
        if (!mayMove()) {
            throw new AccessDeniedException("only CX managers and tenant admins review journeys");
        }
        JourneyProfile profile = profile(journeyId);
        Optional<JourneyLifeCycle> existing = cycles.findByJourneyId(journeyId);
        JourneyLifeCycle row = existing.orElseGet(() -> new JourneyLifeCycle(journeyId,
                cycleOf(profile, Optional.empty()).startedOn()));
        row.reviewed(today());
        cycles.save(row);
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        return settingsRows.findFirstBy().map(row -> new Settings(row.enabledCriteria(), row.getReviewIntervalDays()))
                .orElseGet(() -> new Settings(Set.copyOf(java.util.EnumSet.allOf(GateCriterion.class)),
                        Staleness.DEFAULT_INTERVAL_DAYS));
    }

    /** Tenant admins only. */
    public Settings saveSettings(Set<GateCriterion> enabledCriteria, int reviewIntervalDays) {
        if (!mayConfigure()) {
            throw new AccessDeniedException("only tenant admins change the governance settings");
        }
        if (reviewIntervalDays < 1 || reviewIntervalDays > MAX_INTERVAL_DAYS) {
            throw new app.momentum.base.InvalidInputException(List.of(new app.momentum.base.InvalidInputException
                    .FieldProblem("reviewInterval", new UserFacingException("governance.error.interval", 1,
                    MAX_INTERVAL_DAYS))));
        }
        GovernanceSettings row = settingsRows.findFirstBy().orElseGet(GovernanceSettings::new);
        row.apply(enabledCriteria == null ? Set.of() : enabledCriteria, reviewIntervalDays);
        settingsRows.saveAndFlush(row);
        return settings();
    }

    // --- facts -------------------------------------------------------------------------------------------

    /** A journey's cycle: from its row, or cycle 1 since its creation when it has none yet. */
    record Cycle(int number, LocalDate startedOn, LocalDate lastReviewedOn) {
    }

    private Cycle cycleOf(JourneyProfile profile, Optional<JourneyLifeCycle> row) {
        return row.map(r -> new Cycle(r.getCycle(), r.getCycleStartedOn(), r.getLastReviewedOn()))
                .orElseGet(() -> new Cycle(1, day(profile.createdAt()), null));
    }

    private JourneyState state(JourneyProfile profile, Cycle cycle, Settings settings) {
        Gathered gathered = gather(profile, cycle);
        return state(profile, cycle, settings, gathered,
                GateRules.evaluate(Gate.next(profile.stage()), gathered.facts(), settings.enabledCriteria()));
    }

    private JourneyState state(JourneyProfile profile, Cycle cycle, Settings settings, Gathered gathered,
                               GateVerdict verdict) {
        LocalDate reviewDue = reviewDueOn(profile, cycle, settings.reviewIntervalDays());
        Optional<Stale> stale = staleness(profile, cycle, settings.reviewIntervalDays(), today(), gathered.surveys(),
                gathered.actions());
        return new JourneyState(profile.id(), profile.stage(), cycle.number(), cycle.startedOn(), reviewDue,
                stale.map(Stale::reason), verdict.passes(), verdict.failing().size());
    }

    /** Why a journey is stale and since which day (the first day it counted as stale). */
    private record Stale(Staleness.Reason reason, LocalDate since) {
    }

    /**
     * Staleness as {@link Staleness#check} judges it: the last change is the journey's last update (its creation at
     * the latest), the last survey the latest fielded (else imported) day, the last action activity the latest change
     * of any of its actions; a journey never reviewed is reviewed by none of these.
     */
    private Optional<Stale> staleness(JourneyProfile profile, Cycle cycle, int interval, LocalDate today,
                                      List<ImportSummary> journeySurveys, List<ActionProgress> journeyActions) {
        LocalDate lastSurvey = journeySurveys.stream().map(this::surveyDay).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate lastAction = journeyActions.stream().map(ActionProgress::lastActivityOn)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return staleness(profile, cycle, interval, today, lastSurvey, lastAction);
    }

    /** One interval after the last review, or after the journey's creation when it was never reviewed. */
    private LocalDate reviewDueOn(JourneyProfile profile, Cycle cycle, int interval) {
        return (cycle.lastReviewedOn() != null ? cycle.lastReviewedOn() : day(profile.createdAt())).plusDays(interval);
    }

    private Optional<Stale> staleness(JourneyProfile profile, Cycle cycle, int interval, LocalDate today,
                                      Activity activity) {
        return staleness(profile, cycle, interval, today, activity.lastSurvey().get(profile.id()),
                activity.lastActionChange().get(profile.id()));
    }

    private Optional<Stale> staleness(JourneyProfile profile, Cycle cycle, int interval, LocalDate today,
                                      LocalDate lastSurvey, LocalDate lastAction) {
        LocalDate lastChange = day(profile.updatedAt());
        return Staleness.check(today, interval, cycle.lastReviewedOn(), lastChange, lastSurvey, lastAction)
                .map(reason -> {
                    LocalDate base = reason == Staleness.Reason.REVIEW_OVERDUE ? cycle.lastReviewedOn()
                            : java.util.stream.Stream.of(lastChange, lastSurvey, lastAction).filter(Objects::nonNull)
                                    .max(Comparator.naturalOrder()).orElse(day(profile.createdAt()));
                    return new Stale(reason, base.plusDays(interval + 1L));
                });
    }

    /**
     * A stale journey for its owner: the daily reminders notify the owner once per stale spell (keyed by
     * {@code staleSince}) and list it in the digest.
     */
    public record StaleJourney(UUID journeyId, String name, UUID ownerUserId, Staleness.Reason reason,
                               LocalDate staleSince, LocalDate reviewDueOn) {
    }

    /**
     * The tenant's active journeys that are stale on {@code today}, by name. Needs no logged-in user (the daily
     * reminders run it per tenant). Everything is read in bulk, in a bounded number of queries.
     */
    @Transactional(readOnly = true)
    public List<StaleJourney> staleJourneys(LocalDate today) {
        int interval = settings().reviewIntervalDays();
        List<JourneyProfile> profiles = lookup.activeProfiles();
        Map<UUID, Cycle> cyclesOf = cyclesOf(profiles);
        Activity activity = profiles.isEmpty() ? new Activity(Map.of(), Map.of())
                : new Activity(surveys.lastSurveyDayPerJourney(), actionCycles.lastActivity(ids(profiles)));
        List<StaleJourney> stale = new ArrayList<>();
        for (JourneyProfile profile : profiles) {
            Cycle cycle = cyclesOf.get(profile.id());
            staleness(profile, cycle, interval, today, activity)
                    .ifPresent(found -> stale.add(new StaleJourney(profile.id(), profile.name(), profile.ownerUserId(),
                            found.reason(), found.since(), reviewDueOn(profile, cycle, interval))));
        }
        return stale;
    }

    private GateVerdict judge(JourneyProfile profile, Cycle cycle, Set<GateCriterion> enabled) {
        return GateRules.evaluate(Gate.next(profile.stage()), gather(profile, cycle).facts(), enabled);
    }

    /** The facts and the raw reads they came from (staleness reads the latter too). */
    private record Gathered(JourneyFacts facts, JourneyMapRecord map, List<ImportSummary> surveys,
                            List<ActionProgress> actions) {
    }

    private Gathered gather(JourneyProfile profile, Cycle cycle) {
        UUID journeyId = profile.id();
        JourneyMapRecord map = maps.loadRecord(journeyId);
        Map<UUID, UUID> accountable = accountability.accountableDisciplineByMoment(journeyId);
        Set<UUID> withEnablers = ownershipFacts.momentsWithExpectedBehaviour(journeyId);
        List<ActionProgress> journeyActions = actions.progressOf(List.of(journeyId));
        List<ImportSummary> imported = surveys.importSummaries(journeyId);

        ImportSummary latest = imported.isEmpty() ? null : imported.getFirst();
        Map<UUID, MomentResult> latestResults = latest == null ? Map.of() : momentResults(latest);
        List<MomentFacts> moments = new ArrayList<>();
        for (MomentRecord moment : map.moments()) {
            MomentResult result = latestResults.get(moment.id());
            boolean measured = result != null && result.experienced() > 0;
            moments.add(new MomentFacts(moment.id(), moment.phaseId(), moment.targetLevel(), moment.nature(),
                    moment.momentOfTruth(), accountable.containsKey(moment.id()), measured && !result.targetMet(),
                    measured && fixOrRaise(result.quadrant()), withEnablers.contains(moment.id())));
        }
        List<ActionFacts> cycleActions = new ArrayList<>();
        for (ActionProgress action : journeyActions) {
            if (!inCycle(action, cycle)) {
                continue;
            }
            // an action on several moments counts for each of them; on none, for the journey as a whole
            List<UUID> momentIds = action.momentIds().isEmpty() ? java.util.Collections.singletonList(null)
                    : action.momentIds();
            for (UUID momentId : momentIds) {
                cycleActions.add(new ActionFacts(action.id(), momentId, action.status(), action.completedOn(),
                        action.dropReason()));
            }
        }
        List<LocalDate> fielded = imported.stream().map(this::surveyDay).filter(Objects::nonNull).toList();
        JourneyFacts facts = new JourneyFacts(journeyId, profile.ownerUserId() != null, profile.personaId() != null,
                profile.type() == JourneyType.SIGNATURE_JOURNEY, map.check(), cycle.startedOn(),
                map.phases().stream().map(JourneyMapService.PhaseRecord::id).toList(), moments, cycleActions, fielded,
                targetShares(imported, cycle));
        return new Gathered(facts, map, imported, journeyActions);
    }

    /** An action belongs to the current cycle when it was created on or after the cycle's start, or is still open. */
    private static boolean inCycle(ActionProgress action, Cycle cycle) {
        return !action.createdOn().isBefore(cycle.startedOn()) || action.status().open();
    }

    private static boolean fixOrRaise(Quadrant quadrant) {
        return quadrant == Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT
                || quadrant == Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT;
    }

    private Map<UUID, MomentResult> momentResults(ImportSummary survey) {
        return surveys.analysis(survey.id()).map(result -> result.result().overall().moments().stream()
                        .collect(Collectors.toMap(MomentResult::momentId, Function.identity(), (a, b) -> a)))
                .orElse(Map.of());
    }

    /**
     * The share of measured moments meeting target in the latest survey of this cycle and in the latest survey before
     * it; unknown where there is no such survey.
     */
    private TargetShares targetShares(List<ImportSummary> imported, Cycle cycle) {
        ImportSummary current = imported.stream()
                .filter(s -> surveyDay(s) != null && !surveyDay(s).isBefore(cycle.startedOn())).findFirst().orElse(null);
        ImportSummary previous = imported.stream()
                .filter(s -> surveyDay(s) != null && surveyDay(s).isBefore(cycle.startedOn())).findFirst().orElse(null);
        return new TargetShares(share(current), share(previous));
    }

    private Double share(ImportSummary survey) {
        if (survey == null) {
            return null;
        }
        List<MomentResult> measured = momentResults(survey).values().stream().filter(m -> m.experienced() > 0)
                .toList();
        return measured.isEmpty() ? null
                : (double) measured.stream().filter(MomentResult::targetMet).count() / measured.size();
    }

    /** The day a survey was fielded, else the day it was imported. */
    private LocalDate surveyDay(ImportSummary survey) {
        return survey.fieldedOn() != null ? survey.fieldedOn()
                : survey.importedAt() == null ? null : day(survey.importedAt());
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private JourneyProfile profile(UUID journeyId) {
        return lookup.profile(journeyId).orElseThrow(JourneyService::notFound);
    }

    private Role role() {
        return memberSession.current().map(MomentumAuthentication::role).orElse(null);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.DEFAULT_ZONE));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, Formats.DEFAULT_ZONE);
    }

    private static String text(String value, String tooLongKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new UserFacingException(tooLongKey, MAX_TEXT);
        }
        return stripped;
    }

    private Map<UUID, String> names(Collection<StageTransition> found) {
        Map<UUID, String> names = new HashMap<>();
        found.stream().map(StageTransition::getByUserId).distinct().forEach(userId -> names.put(userId,
                members.standingOf(userId).map(TenantMembers.MemberStanding::displayName).orElse("")));
        return names;
    }

    private static Transition toTransition(StageTransition t, Map<UUID, String> journeyNames, Map<UUID, String> names) {
        return new Transition(t.getId(), t.getJourneyId(), journeyNames.getOrDefault(t.getJourneyId(), ""),
                t.getFromStage(), t.getToStage(), t.getCycle(), t.getByUserId(), names.getOrDefault(t.getByUserId(), ""),
                t.getAt(), t.getNote(), Optional.ofNullable(t.getOverrideReason()), t.getFailingCriteria());
    }
}
