package app.momentum.report.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's stored board reports. */
public interface BoardReportFileRepository extends JpaRepository<BoardReportFile, UUID> {

    boolean existsByPeriodAndLanguage(String period, String language);

    Optional<BoardReportFile> findByPeriodAndLanguage(String period, String language);

    List<BoardReportFile> findByPeriodOrderByCreatedAtAsc(String period);

    /** What the list shows: no content. */
    interface Listed {
        UUID getId();
        String getPeriod();
        String getLanguage();
        String getFileName();
        Instant getCreatedAt();
    }

    @Query("select f.id as id, f.period as period, f.language as language, f.fileName as fileName, "
            + "f.createdAt as createdAt from BoardReportFile f order by f.createdAt desc")
    List<Listed> listNewestFirst();
}
