package app.momentum.journey.collab;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MomentCommentRepository extends JpaRepository<MomentComment, UUID> {

    List<MomentComment> findByMomentIdOrderByCreatedAtAsc(UUID momentId);

    /** Per moment of the journey with comments: its id and how many (tenant-filtered like every query). */
    @org.springframework.data.jpa.repository.Query(
            "select c.momentId, count(c) from MomentComment c where c.journeyId = :journeyId group by c.momentId")
    List<Object[]> countByMoment(UUID journeyId);
}
