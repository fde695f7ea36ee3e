package app.momentum.measurement.survey;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportColumnRepository extends JpaRepository<ImportColumn, UUID> {

    List<ImportColumn> findByImportIdOrderByPositionAsc(UUID importId);
}
