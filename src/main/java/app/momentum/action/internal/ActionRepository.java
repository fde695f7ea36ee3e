package app.momentum.action.internal;

import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.domain.ActionStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Improvement actions of the current tenant (tenant-filtered, also for specifications). */
public interface ActionRepository extends JpaRepository<ImprovementAction, UUID>, JpaSpecificationExecutor<ImprovementAction> {

    List<ImprovementAction> findByJourneyId(UUID journeyId);

    List<ImprovementAction> findByJourneyIdIn(Collection<UUID> journeyIds);

    /** Open actions per moment of a journey, for the counts on the map's cards. */
    @Query("select a from ImprovementAction a where a.journeyId = :journeyId and a.status in :statuses")
    List<ImprovementAction> findByJourneyIdAndStatusIn(UUID journeyId, Collection<ActionStatus> statuses);

    /** Open actions due on or before a day: what the daily reminders look at. */
    List<ImprovementAction> findByStatusInAndDueDateLessThanEqual(Collection<ActionStatus> statuses, java.time.LocalDate day);

    /** Per discipline and status: how many actions (one row per pair), for the discipline overview. */
    @Query("select a.disciplineId, a.status, count(a) from ImprovementAction a group by a.disciplineId, a.status")
    List<Object[]> countByDisciplineAndStatus();

    /** Per discipline: how many open actions are past their due date. */
    @Query("""
            select a.disciplineId, count(a) from ImprovementAction a
            where a.status in :statuses and a.dueDate < :today group by a.disciplineId""")
    List<Object[]> countOverdueByDiscipline(Collection<ActionStatus> statuses, java.time.LocalDate today);

    /** Per journey: its open actions (in {@code open}) and how many of those still to do are past their due date. */
    @Query("""
            select a.journeyId, count(a), sum(case when a.status in :toDo and a.dueDate < :today then 1 else 0 end)
            from ImprovementAction a where a.status in :open group by a.journeyId""")
    List<Object[]> countOpenAndOverdueByJourney(Collection<ActionStatus> open, Collection<ActionStatus> toDo,
                                                java.time.LocalDate today);

    /** Per discipline: how many actions were set to done between two instants (board report). */
    @Query("""
            select a.disciplineId, count(a) from ImprovementAction a
            where exists (select e.id from ActionEvent e where e.actionId = a.id
                and e.kind = app.momentum.action.internal.ActionEvent.Kind.STATUS
                and e.toStatus = app.momentum.action.domain.ActionStatus.DONE and e.at >= :from and e.at < :to)
            group by a.disciplineId""")
    List<Object[]> countDoneBetweenByDiscipline(java.time.Instant from, java.time.Instant to);

    /**
     * Per discipline: how many actions were overdue at an instant — created before it, due before {@code day} (the
     * day it falls on), not done, verified or dropped before it, and either still open now or closed after it.
     */
    @Query("""
            select a.disciplineId, count(a) from ImprovementAction a
            where a.createdAt < :at and a.dueDate < :day
            and not exists (select e.id from ActionEvent e where e.actionId = a.id
                and e.kind = app.momentum.action.internal.ActionEvent.Kind.STATUS
                and e.toStatus in :closed and e.at < :at)
            and (a.status not in :closed or exists (select e.id from ActionEvent e where e.actionId = a.id
                and e.kind = app.momentum.action.internal.ActionEvent.Kind.STATUS
                and e.toStatus in :closed and e.at >= :at))
            group by a.disciplineId""")
    List<Object[]> countOverdueAtByDiscipline(java.time.Instant at, java.time.LocalDate day,
                                              Collection<ActionStatus> closed);
}
