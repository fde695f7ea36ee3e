package app.momentum.measurement.survey;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyImportRepository extends JpaRepository<SurveyImport, UUID> {

    List<SurveyImport> findByJourneyIdOrderByFieldedOnDescCreatedAtDesc(UUID journeyId);

    java.util.Optional<SurveyImport> findFirstByOrderByFieldedOnDescCreatedAtDesc();

    List<SurveyImport> findAllByOrderByFieldedOnDescCreatedAtDesc();

    java.util.Optional<SurveyImport> findFirstByJourneyIdOrderByFieldedOnDescCreatedAtDesc(UUID journeyId);

    /** The latest import of a journey with these exact file contents, if any. */
    java.util.Optional<SurveyImport> findFirstByJourneyIdAndContentHashOrderByCreatedAtDesc(UUID journeyId, String contentHash);

    /**
     * Every import of the tenant as (journey id, import id, fielded on, created at, impact method), to pick each
     * journey's latest and read its moments as it placed them.
     */
    @org.springframework.data.jpa.repository.Query(
            "select s.journeyId, s.id, s.fieldedOn, s.createdAt, s.impactMethod from SurveyImport s")
    List<Object[]> journeyImportDates();

    /** The last day a survey was held, per journey with imports, as (journey id, day). */
    @org.springframework.data.jpa.repository.Query(
            "select s.journeyId, max(s.fieldedOn) from SurveyImport s group by s.journeyId")
    List<Object[]> lastFieldedDayPerJourney();
}
