package app.momentum.measurement.survey;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ColumnMappingEntryRepository extends JpaRepository<ColumnMappingEntry, UUID> {

    List<ColumnMappingEntry> findByJourneyId(UUID journeyId);

    @Modifying
    @Query("delete from ColumnMappingEntry e where e.journeyId = :journeyId")
    void deleteByJourneyId(UUID journeyId);
}
