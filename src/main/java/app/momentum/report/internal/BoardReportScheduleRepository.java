package app.momentum.report.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's schedule (at most one). */
public interface BoardReportScheduleRepository extends JpaRepository<BoardReportSchedule, UUID> {

    Optional<BoardReportSchedule> findFirstBy();
}
