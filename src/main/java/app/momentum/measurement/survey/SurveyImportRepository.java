package app.momentum.measurement.survey;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyImportRepository extends JpaRepository<SurveyImport, UUID> {

    List<SurveyImport> findByJourneyIdOrderByFieldedOnDescCreatedAtDesc(UUID journeyId);

    List<SurveyImport> findAllByOrderByFieldedOnDescCreatedAtDesc();

    java.util.Optional<SurveyImport> findFirstByJourneyIdOrderByFieldedOnDescCreatedAtDesc(UUID journeyId);
}
