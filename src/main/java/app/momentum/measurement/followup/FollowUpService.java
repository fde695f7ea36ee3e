package app.momentum.measurement.followup;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.UserFacingException;
import app.momentum.measurement.MeasurementPermissions;
import app.momentum.journey.JourneyLookup;
import app.momentum.ownership.OwnershipService;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up queue. Everyone in the tenant may read it; CX managers and admins update any item, others the items
 * assigned to them or to one of their disciplines; executives read only.
 */
@Service
@Transactional
public class FollowUpService {

    public static final int PAGE = 500;

    private final FollowUpRepository followUps;
    private final JourneyLookup journeys;
    private final OwnershipService ownership;
    private final MemberSession memberSession;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, JourneyLookup journeys,
                    OwnershipService ownership, MemberSession memberSession, Clock clock) {
        this.followUps = followUps;
        this.journeys = journeys;
        this.ownership = ownership;
        this.memberSession = memberSession;
        this.clock = clock;
    }

    /** Whose items the queue shows. */
    public enum Scope {
        /** Everyone's. */
        ALL,
        /** Assigned to me, or — for CX managers — to nobody else. */
        MINE,
        /** Assigned to one of my disciplines. */
        MY_DISCIPLINES
    }

    /** Items still to handle. */
    public static final Set<FollowUpStatus> OPEN = EnumSet.of(FollowUpStatus.OPEN, FollowUpStatus.CONTACTED);

    /** The items with one of the statuses, newest survey first. */
    @Transactional(readOnly = true)
    public List<FollowUp> queue(Set<FollowUpStatus> statuses) {
        return queue(statuses, Scope.ALL);
    }

    /** The items with one of the statuses for whom {@code scope} says, newest survey first. */
    @Transactional(readOnly = true)
    public List<FollowUp> queue(Set<FollowUpStatus> statuses, Scope scope) {
        Set<FollowUpStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(FollowUpStatus.class) : statuses;
        if (scope == Scope.ALL) {
            return followUps.findByStatusInOrderByCreatedAtDescRespondentRefAsc(wanted, PageRequest.of(0, PAGE));
        }
        MomentumAuthentication me = memberSession.require();
        return followUps.findForMember(wanted, me.user().id(), myDisciplines(me), isManager(me), scope == Scope.MINE,
                scope == Scope.MY_DISCIPLINES, PageRequest.of(0, PAGE));
    }

    /**
     * How many open items are for the current member: assigned to them, to one of their disciplines, or (CX managers
     * and admins) to nobody else. Shown on the dashboard and in the menu.
     */
    @Transactional(readOnly = true)
    public long myOpenCount() {
        MomentumAuthentication me = memberSession.require();
        if (me.role() == null) {
            return 0;
        }
        return followUps.countForMember(OPEN, me.user().id(), myDisciplines(me), isManager(me));
    }

    private Set<UUID> myDisciplines(MomentumAuthentication me) {
        Set<UUID> mine = ownership.disciplineIdsOf(me.user().id());
        // an empty IN list is not portable JPQL: a random id matches nothing
        return mine.isEmpty() ? Set.of(UUID.randomUUID()) : mine;
    }

    private static boolean isManager(MomentumAuthentication me) {
        return MeasurementPermissions.mayHandleAnyFollowUp(me.role());
    }

    /** The titles of the moments these items name (a deleted moment is absent). */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> momentTitles(java.util.Collection<FollowUp> items) {
        Set<UUID> ids = items.stream().map(FollowUp::getMomentId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        return journeys.momentTitles(ids);
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return followUps.countByStatusIn(OPEN);
    }

    /** Whether the current user may update the item. */
    @Transactional(readOnly = true)
    public boolean mayUpdate(FollowUp item) {
        MomentumAuthentication me = memberSession.require();
        if (MeasurementPermissions.mayHandleAnyFollowUp(me.role())) {
            return true;
        }
        if (!MeasurementPermissions.mayHandleOwnFollowUps(me.role())) {
            return false;
        }
        return me.user().id().equals(item.getOwnerUserId())
                || item.getDisciplineId() != null && ownership.disciplineIdsOf(me.user().id()).contains(item.getDisciplineId());
    }

    /**
     * Sets status and note.
     *
     * @throws UserFacingException when not found, not allowed, too long, or changed by someone else meanwhile
     */
    public FollowUp update(UUID id, long expectedVersion, FollowUpStatus status, String note) {
        FollowUp item = followUps.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!mayUpdate(item)) {
            throw new UserFacingException("followUp.error.notYours");
        }
        ConcurrentEditException.check(item.getVersion(), expectedVersion);
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > 2000) {
            throw new UserFacingException("followUp.error.noteLength", 2000);
        }
        item.update(status == null ? item.getStatus() : status, trimmed, clock.instant());
        return followUps.saveAndFlush(item);
    }
}
