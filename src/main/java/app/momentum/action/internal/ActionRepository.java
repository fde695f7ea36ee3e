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
}
