package app.momentum.measurement.followup;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, UUID> {

    List<FollowUp> findByStatusInOrderByCreatedAtDescRespondentRefAsc(Collection<FollowUpStatus> statuses, Pageable page);

    long countByStatusIn(Collection<FollowUpStatus> statuses);

    long countByImportId(UUID importId);
}
