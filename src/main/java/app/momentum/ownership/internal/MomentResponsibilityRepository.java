package app.momentum.ownership.internal;

import app.momentum.ownership.internal.MomentResponsibility;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MomentResponsibilityRepository extends JpaRepository<MomentResponsibility, UUID> {

    List<MomentResponsibility> findByJourneyId(UUID journeyId);

    List<MomentResponsibility> findByMomentIdInAndRaci(java.util.Collection<UUID> momentIds, app.momentum.ownership.domain.Raci raci);

    List<MomentResponsibility> findByMomentId(UUID momentId);

    /** Per discipline: the moments it is accountable for. */
    @org.springframework.data.jpa.repository.Query(
            "select r.disciplineId, count(r) from MomentResponsibility r where r.raci = app.momentum.ownership.domain.Raci.A group by r.disciplineId")
    List<Object[]> countAccountableByDiscipline();

    /** The moments of these journeys with an accountable discipline (the life cycle's gates, in bulk). */
    @org.springframework.data.jpa.repository.Query("""
            select distinct r.momentId from MomentResponsibility r
            where r.journeyId in :journeyIds and r.raci = app.momentum.ownership.domain.Raci.A""")
    List<UUID> accountableMomentsOf(java.util.Collection<UUID> journeyIds);
}
