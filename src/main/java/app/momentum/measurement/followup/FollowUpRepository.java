package app.momentum.measurement.followup;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpRepository extends JpaRepository<FollowUp, UUID> {

    List<FollowUp> findByStatusInOrderByCreatedAtDescRespondentRefAsc(Collection<FollowUpStatus> statuses, Pageable page);

    long countByStatusIn(Collection<FollowUpStatus> statuses);

    long countByImportId(UUID importId);

    /**
     * The items for one member: assigned to them, to one of their disciplines, or — for CX managers — to nobody else
     * (see {@link FollowUpRouting.Route#forCxManagers()}). Pass a non-empty discipline set (a random id for none).
     */
    @Query("""
            select f from FollowUp f where f.status in :statuses and (
              (:person = true and f.ownerUserId = :userId)
              or (:person = true and :manager = true and f.ownerUserId is null and f.disciplineId is null)
              or (:disciplines = true and f.disciplineId in :disciplineIds))
            order by f.createdAt desc, f.respondentRef asc""")
    List<FollowUp> findForMember(Collection<FollowUpStatus> statuses, UUID userId, Collection<UUID> disciplineIds,
                                 boolean manager, boolean person, boolean disciplines, Pageable page);

    @Query("""
            select count(f) from FollowUp f where f.status in :statuses and (
              f.ownerUserId = :userId
              or (:manager = true and f.ownerUserId is null and f.disciplineId is null)
              or f.disciplineId in :disciplineIds)""")
    long countForMember(Collection<FollowUpStatus> statuses, UUID userId, Collection<UUID> disciplineIds, boolean manager);
}
