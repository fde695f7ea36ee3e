package app.momentum.action;

import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.ActionWorkflow;
import app.momentum.action.domain.DueDates;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.action.internal.ActionEvent;
import app.momentum.action.internal.ActionEventRepository;
import app.momentum.action.internal.ActionRepository;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.base.ConcurrentEditException;
import app.momentum.base.Texts;
import app.momentum.base.Translatable;
import app.momentum.base.UserFacingException;
import app.momentum.base.Validation;
import app.momentum.base.live.LiveEvent;
import app.momentum.base.ui.Formats;
import app.momentum.discipline.DisciplineService;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.journey.JourneyLookup;
import app.momentum.ownership.OwnershipService;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantMembers;
import app.momentum.tenancy.mention.Mentions;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement actions: create, change, move through the workflow, comment — with the role rules of
 * {@link ActionPermissions}, the transitions of {@link ActionWorkflow}, a history of every step, and events
 * ({@link ActionAssigned}, {@link ActionStatusChanged}, {@link ActionCommented}) that the notification module turns
 * into notifications for the people concerned once the change is committed.
 */
@Service
@Transactional
public class ActionService {

    /** Statuses on the board and in "open" counts. */
    public static final Set<ActionStatus> OPEN = EnumSet.copyOf(Arrays.stream(ActionStatus.values()).filter(ActionStatus::open).toList());

    private final ActionRepository actions;
    private final ActionEventRepository events;
    private final JourneyLookup journeys;
    private final DisciplineService disciplines;
    private final TenantMembers members;
    private final ApplicationEventPublisher publisher;
    private final MemberSession memberSession;
    private final OwnershipService ownership;
    private final Clock clock;

    ActionService(ActionRepository actions, ActionEventRepository events, JourneyLookup journeys,
                  DisciplineService disciplines, TenantMembers members,
                  ApplicationEventPublisher publisher, MemberSession memberSession, OwnershipService ownership,
                  Clock clock) {
        this.ownership = ownership;
        this.actions = actions;
        this.events = events;
        this.journeys = journeys;
        this.disciplines = disciplines;
        this.members = members;
        this.publisher = publisher;
        this.memberSession = memberSession;
        this.clock = clock;
    }

    /** The fields of an action the user edits. */
    public record ActionData(UUID journeyId, List<UUID> momentIds, String title, String description, ActionType type,
                             UUID disciplineId, UUID ownerUserId, List<UUID> contributorIds, LocalDate dueDate,
                             Priority priority, String expectedEffect, String kpiName, String kpiTargetChange, Effort effort) {
    }

    /** What lists and the board are filtered by; null fields do not filter. */
    public record ActionFilter(UUID journeyId, UUID disciplineId, UUID ownerUserId, ActionType type, ActionStatus status,
                               boolean overdueOnly, String text) {

        public static ActionFilter all() {
            return new ActionFilter(null, null, null, null, null, false, null);
        }
    }

    // --- reading ---------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<ImprovementAction> find(UUID id) {
        return actions.findById(id);
    }

    @Transactional(readOnly = true)
    public List<ImprovementAction> list(ActionFilter filter, Pageable page) {
        return actions.findAll(matching(filter), page).getContent();
    }

    @Transactional(readOnly = true)
    public long count(ActionFilter filter) {
        return actions.count(matching(filter));
    }

    /** The current user's open actions: overdue first, then by due date (no date last). */
    @Transactional(readOnly = true)
    public List<ImprovementAction> myActions() {
        UUID me = me().user().id();
        LocalDate today = today();
        return actions.findAll(matching(new ActionFilter(null, null, me, null, null, false, null))
                        .and((root, query, cb) -> root.get("status").in(OPEN)), Sort.by("dueDate")).stream()
                .sorted(Comparator
                        .comparing((ImprovementAction a) -> !app.momentum.action.domain.DueDates.overdue(a.getStatus(), a.getDueDate(), today))
                        .thenComparing(ImprovementAction::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** An open action of the current user as other modules read it (the cockpit), with whether it is overdue today. */
    public record OpenActionRef(UUID id, String title, UUID journeyId, ActionStatus status, LocalDate dueDate,
                                boolean overdue) {
    }

    /** {@link #myActions()} as records, overdue first, in one query. */
    @Transactional(readOnly = true)
    public List<OpenActionRef> myOpenActionRefs() {
        LocalDate today = today();
        return myActions().stream().map(a -> new OpenActionRef(a.getId(), a.getTitle(), a.getJourneyId(),
                a.getStatus(), a.getDueDate(), DueDates.overdue(a.getStatus(), a.getDueDate(), today))).toList();
    }

    /**
     * An action as the life cycle reads it: where it stands, when it was created and completed, why it was dropped, and
     * the day of its last change.
     *
     * @param momentIds      the moments it improves; empty for the journey as a whole
     * @param completedOn    the day it last reached done (else effect verified) while it is completed now; null
     *                       otherwise
     * @param dropReason     the reason given when it was dropped; null unless dropped
     * @param lastActivityOn the day it was last changed (status, fields, comments)
     */
    public record ActionProgress(UUID id, UUID journeyId, String title, List<UUID> momentIds, ActionStatus status,
                                 LocalDate createdOn, LocalDate completedOn, String dropReason,
                                 LocalDate lastActivityOn) {
    }

    /** Every action of these journeys with its progress, in one query (for the life cycle's gates). */
    @Transactional(readOnly = true)
    public List<ActionProgress> progressOf(Collection<UUID> journeyIds) {
        if (journeyIds.isEmpty()) {
            return List.of();
        }
        ZoneId zone = Formats.DEFAULT_ZONE;
        return actions.findByJourneyIdIn(journeyIds).stream().map(action -> new ActionProgress(action.getId(),
                action.getJourneyId(), action.getTitle(), action.getMomentIds(), action.getStatus(),
                LocalDate.ofInstant(action.getCreatedAt(), zone),
                action.getCompletedAt() == null ? null : LocalDate.ofInstant(action.getCompletedAt(), zone),
                action.getStatus() == ActionStatus.DROPPED ? action.getStatusNote() : null,
                LocalDate.ofInstant(action.getUpdatedAt(), zone))).toList();
    }

    /** Open actions per moment of a journey, for the counts on the map. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> openCountsByMoment(UUID journeyId) {
        Map<UUID, Long> counts = new HashMap<>();
        for (ImprovementAction action : actions.findByJourneyIdAndStatusIn(journeyId, OPEN)) {
            action.getMomentIds().forEach(m -> counts.merge(m, 1L, Long::sum));
        }
        return counts;
    }

    /** A journey's open actions and, of those, the ones past their due date (read by the portfolio board). */
    public record JourneyActionCounts(UUID journeyId, long open, long overdue) {
    }

    /**
     * Open and overdue actions per journey of the tenant, in one query; journeys without open actions are absent.
     * Overdue as {@link app.momentum.action.domain.DueDates#overdue}: still to do and due before today.
     */
    @Transactional(readOnly = true)
    public Map<UUID, JourneyActionCounts> countsByJourney() {
        Map<UUID, JourneyActionCounts> counts = new HashMap<>();
        for (Object[] row : actions.countOpenAndOverdueByJourney(OPEN,
                List.of(ActionStatus.IDEA, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS), today())) {
            UUID journeyId = (UUID) row[0];
            counts.put(journeyId, new JourneyActionCounts(journeyId, ((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()));
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public List<ImprovementAction> openForMoment(UUID journeyId, UUID momentId) {
        return actions.findByJourneyIdAndStatusIn(journeyId, OPEN).stream().filter(a -> a.getMomentIds().contains(momentId)).toList();
    }

    @Transactional(readOnly = true)
    public List<ActionEvent> history(UUID actionId) {
        load(actionId);
        return events.findByActionIdOrderByAtAsc(actionId);
    }

    /**
     * The discipline a new action for these moments starts with: the one accountable (RACI "A") for the first
     * moment, else its owning discipline; null without moments or when nobody answers for it.
     */
    @Transactional(readOnly = true)
    public UUID defaultDiscipline(List<UUID> momentIds) {
        return momentIds == null || momentIds.isEmpty() ? null
                : ownership.accountableDiscipline(momentIds.getFirst()).orElse(null);
    }

    /** Whether this member may own an action: active, and in a role that works on actions. */
    @Transactional(readOnly = true)
    public boolean mayOwn(UUID userId) {
        return userId != null && members.standingOf(userId).filter(TenantMembers.MemberStanding::active)
                .map(m -> ActionPermissions.mayOwn(m.role())).orElse(false);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.DEFAULT_ZONE));
    }

    // --- changing --------------------------------------------------------------------------------------

    /**
     * Creates an action. Managers choose any owner and start status; a contributor proposes: the action starts
     * as an idea and is theirs.
     */
    public ImprovementAction create(ActionData data, ActionStatus initialStatus) {
        MomentumAuthentication me = me();
        ActionStatus status = initialStatus == null ? ActionStatus.IDEA : initialStatus;
        ActionPermissions.require(ActionPermissions.mayCreate(me.role(), status));
        ImprovementAction action = new ImprovementAction(data.journeyId(), me.user().id());
        UUID owner = ActionPermissions.mayAssign(me.role()) && data.ownerUserId() != null ? data.ownerUserId() : me.user().id();
        requireAcceptableDueDate(null, data.dueDate());
        apply(action, data, owner);
        action.setStatus(status);
        actions.save(action);
        events.save(new ActionEvent(action.getId(), me.user().id(), ActionEvent.Kind.CREATED, null, status, null, List.of()));
        notifyAssigned(action, null);
        contributorsNotified(action, List.of());
        announce(action);
        return action;
    }

    /**
     * An action as other modules refer to it: which one, its title, and the version its next change expects (the
     * demo seeder changes its actions step by step; measurement's quadrant actions name the new one).
     */
    public record ActionRef(UUID id, String title, long version) {

        static ActionRef of(ImprovementAction action) {
            return new ActionRef(action.getId(), action.getTitle(), action.getVersion());
        }
    }

    /** {@link #create}, for other modules: the new action as a record. */
    public ActionRef createRef(ActionData data, ActionStatus initialStatus) {
        ImprovementAction action = create(data, initialStatus);
        actions.flush(); // the version as stored, which the caller's next change is checked against
        return ActionRef.of(action);
    }

    public ImprovementAction update(UUID id, long expectedVersion, ActionData data) {
        MomentumAuthentication me = me();
        ImprovementAction action = load(id);
        ConcurrentEditException.check(action.getVersion(), expectedVersion);
        boolean owner = me.user().id().equals(action.getOwnerUserId());
        ActionPermissions.require(ActionPermissions.mayEdit(me.role(), owner));
        UUID previousOwner = action.getOwnerUserId();
        List<UUID> previousContributors = action.getContributorIds();
        UUID newOwner = ActionPermissions.mayAssign(me.role()) && data.ownerUserId() != null ? data.ownerUserId() : previousOwner;
        if (!data.journeyId().equals(action.getJourneyId())) {
            throw new UserFacingException("action.error.journeyFixed");
        }
        requireAcceptableDueDate(action.getDueDate(), data.dueDate());
        apply(action, data, newOwner);
        action.touch();
        events.save(new ActionEvent(action.getId(), me.user().id(), ActionEvent.Kind.CHANGE, null, null, null, List.of()));
        if (!newOwner.equals(previousOwner)) {
            notifyAssigned(action, previousOwner);
        }
        contributorsNotified(action, previousContributors);
        announce(action);
        return actions.saveAndFlush(action);
    }

    /** Moves the action to another status, with the reason (dropping) or the evidence (effect verified). */
    public ImprovementAction changeStatus(UUID id, long expectedVersion, ActionStatus to, String note) {
        MomentumAuthentication me = me();
        ImprovementAction action = load(id);
        ConcurrentEditException.check(action.getVersion(), expectedVersion);
        ActionPermissions.require(ActionPermissions.mayChangeStatus(me.role(), me.user().id().equals(action.getOwnerUserId())));
        ActionStatus from = action.getStatus();
        if (!ActionWorkflow.allowed(from, to)) {
            throw new UserFacingException("action.error.transition", new Translatable("actionStatus." + from.name()),
                    new Translatable("actionStatus." + to.name()));
        }
        ActionWorkflow.check(from, to, note);
        action.setStatus(to);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (to == ActionStatus.DROPPED || to == ActionStatus.EFFECT_VERIFIED) {
            action.setStatusNote(text);
        }
        action.touch();
        events.save(new ActionEvent(action.getId(), me.user().id(), ActionEvent.Kind.STATUS, from, to, text, List.of()));
        Set<UUID> concerned = new LinkedHashSet<>();
        concerned.add(action.getOwnerUserId());
        concerned.addAll(action.getContributorIds());
        publisher.publishEvent(new ActionStatusChanged(me.tenantId(), action.getId(), action.getJourneyId(), action.getTitle(),
                List.copyOf(concerned), me.user().id()));
        announce(action);
        return actions.saveAndFlush(action);
    }

    /** {@link #changeStatus}, for other modules (the demo seeder): the changed action as a record. */
    public ActionRef changeStatusRef(UUID id, long expectedVersion, ActionStatus to, String note) {
        return ActionRef.of(changeStatus(id, expectedVersion, to, note));
    }

    /** A comment; every member named as "@Full Name" ({@link Mentions}, this tenant only) is notified. */
    public ActionEvent comment(UUID id, String text) {
        MomentumAuthentication me = me();
        ImprovementAction action = load(id);
        ActionPermissions.require(ActionPermissions.mayComment(me.role()));
        String body = Texts.required(text, 4000, "comment.error.empty");
        List<UUID> mentioned = Mentions.mentioned(body, members.active());
        ActionEvent comment = events.save(new ActionEvent(action.getId(), me.user().id(), ActionEvent.Kind.COMMENT, null, null,
                body, mentioned));
        publisher.publishEvent(new ActionCommented(me.tenantId(), action.getId(), action.getJourneyId(), action.getTitle(),
                me.user().id(), mentioned));
        return comment;
    }

    /**
     * Before a moment is deleted: its open actions either move to the journey level or are dropped with a
     * reason, so nothing disappears silently.
     */
    public void releaseMoment(UUID momentId, boolean drop, String reason) {
        MomentRef moment = journeys.moment(momentId).orElseThrow(ActionService::notFound);
        for (ImprovementAction action : openForMoment(moment.journeyId(), momentId)) {
            List<UUID> rest = new ArrayList<>(action.getMomentIds());
            rest.remove(momentId);
            action.setMomentIds(rest);
            if (drop) {
                changeStatus(action.getId(), action.getVersion(), ActionStatus.DROPPED, reason);
            } else {
                action.touch();
                events.save(new ActionEvent(action.getId(), me().user().id(), ActionEvent.Kind.CHANGE, null, null,
                        moment.title(), List.of()));
            }
        }
    }

    // --- shared ----------------------------------------------------------------------------------------

    private void apply(ImprovementAction action, ActionData data, UUID owner) {
        journeys.journey(data.journeyId()).orElseThrow(ActionService::notFound);
        List<UUID> momentIds = data.momentIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(data.momentIds()));
        for (UUID momentId : momentIds) {
            MomentRef moment = journeys.moment(momentId).orElseThrow(ActionService::notFound);
            if (!moment.journeyId().equals(data.journeyId())) {
                throw notFound();
            }
        }
        // every field's problem at once, before anything changes
        Validation.Checks checks = Validation.checks();
        String title = checks.field("title", () -> Texts.required(data.title(), 200, "action.error.title"));
        String description = checks.field("description", () -> Texts.optional(data.description(), 4000));
        checks.require("type", data.type() != null, "action.error.type");
        checks.field("owner", () -> {
            requireWorker(owner);
            return owner;
        });
        List<UUID> contributors = data.contributorIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(data.contributorIds()));
        checks.field("contributors", () -> {
            contributors.forEach(this::requireWorker);
            return contributors;
        });
        String expectedEffect = checks.field("expectedEffect", () -> Texts.optional(data.expectedEffect(), 2000));
        String kpiName = checks.field("kpiName", () -> Texts.optional(data.kpiName(), 100));
        String kpiTargetChange = checks.field("kpiTargetChange", () -> Texts.optional(data.kpiTargetChange(), 100));
        checks.throwIfAny();
        if (data.disciplineId() != null && !disciplines.disciplineExists(data.disciplineId())) {
            throw notFound();
        }
        action.setMomentIds(momentIds);
        action.setTitle(title);
        action.setDescription(description);
        action.setType(data.type());
        action.setDisciplineId(data.disciplineId());
        action.setOwnerUserId(owner);
        action.setContributorIds(contributors);
        action.setDueDate(data.dueDate());
        action.setPriority(data.priority() == null ? Priority.MEDIUM : data.priority());
        action.setExpectedEffect(expectedEffect);
        action.setKpiName(kpiName);
        action.setKpiTargetChange(kpiTargetChange);
        action.setEffort(data.effort() == null ? Effort.M : data.effort());
    }

    /**
     * Owners and contributors must be active members who may work on actions ({@link ActionPermissions#mayOwn}):
     * an executive would be told "assigned to you" about work they cannot move.
     */
    private void requireAcceptableDueDate(LocalDate previous, LocalDate due) {
        if (!DueDates.acceptable(previous, due, today())) {
            throw new UserFacingException("action.error.duePast");
        }
    }

    private void requireWorker(UUID userId) {
        var membership = members.standingOf(userId).filter(TenantMembers.MemberStanding::active)
                .orElseThrow(() -> new UserFacingException("action.error.member"));
        if (!ActionPermissions.mayOwn(membership.role())) {
            throw new UserFacingException("action.error.ownerMayNotWork", membership.displayName(),
                    new Translatable(membership.role().labelKey()));
        }
    }

    private void notifyAssigned(ImprovementAction action, UUID previousOwner) {
        // the previous owner is not told here: they see the change on their list and board
        assigned(action, action.getOwnerUserId());
    }

    private void contributorsNotified(ImprovementAction action, List<UUID> before) {
        for (UUID contributor : action.getContributorIds()) {
            if (!before.contains(contributor)) {
                assigned(action, contributor);
            }
        }
    }

    private void assigned(ImprovementAction action, UUID assignee) {
        publisher.publishEvent(new ActionAssigned(me().tenantId(), action.getId(), action.getJourneyId(), action.getTitle(),
                assignee, me().user().id()));
    }

    /** Boards and lists of the tenant redraw once this commits (the live adapter delivers it after commit). */
    private void announce(ImprovementAction action) {
        UUID tenantId = me().tenantId();
        publisher.publishEvent(new LiveEvent(tenantId, tenantId, LiveEvent.Kind.ACTIONS_CHANGED, action.getId(), me().user().id()));
    }

    private ImprovementAction load(UUID id) {
        return actions.findById(id).orElseThrow(ActionService::notFound);
    }

    private MomentumAuthentication me() {
        MomentumAuthentication me = memberSession.require();
        if (me.role() == null) {
            throw new UserFacingException("action.error.notAllowed");
        }
        return me;
    }

    private Specification<ImprovementAction> matching(ActionFilter filter) {
        LocalDate today = today();
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.journeyId() != null) {
                conditions.add(cb.equal(root.get("journeyId"), filter.journeyId()));
            }
            if (filter.disciplineId() != null) {
                conditions.add(cb.equal(root.get("disciplineId"), filter.disciplineId()));
            }
            if (filter.ownerUserId() != null) {
                conditions.add(cb.equal(root.get("ownerUserId"), filter.ownerUserId()));
            }
            if (filter.type() != null) {
                conditions.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.status() != null) {
                conditions.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.overdueOnly()) {
                conditions.add(root.get("status").in(ActionStatus.IDEA, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS));
                conditions.add(cb.lessThan(root.get("dueDate"), today));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                conditions.add(cb.like(cb.lower(root.get("title")), pattern, '\\'));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
