package app.momentum.journey.collab;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MomentCommentRepository extends JpaRepository<MomentComment, UUID> {

    List<MomentComment> findByMomentIdOrderByCreatedAtAsc(UUID momentId);
}
