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
}
