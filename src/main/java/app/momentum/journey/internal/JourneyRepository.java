package app.momentum.journey.internal;

import app.momentum.journey.internal.Journey;
import app.momentum.journey.signature.CheckStatus;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Journeys of the current tenant (tenant-filtered, also for specifications). */
public interface JourneyRepository extends JpaRepository<Journey, UUID>, JpaSpecificationExecutor<Journey> {

    /** Whether the current tenant has a journey of this name (archived ones too), ignoring case. */
    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);

    /** Active journeys counted per life-cycle stage and check status: rows of (stage, status, count). */
    @Query("select j.lifecycleStage, j.checkStatus, count(j) from Journey j where j.archived = false "
            + "group by j.lifecycleStage, j.checkStatus")
    java.util.List<Object[]> countActiveByStageAndCheckStatus();

    /**
     * Records a map change without touching the journey's version: people editing different moments of one
     * journey at the same time must not conflict on the journey row. (Bulk HQL is tenant-filtered.)
     */
    @Modifying(flushAutomatically = true)
    @Query("update Journey j set j.checkStatus = :status, j.updatedAt = :now where j.id = :id")
    int recordMapChange(UUID id, CheckStatus status, Instant now);

    /**
     * The signature check's overall status after something outside the map changed it (a survey with brand-value
     * evidence): no version bump, so an editor's open form does not conflict with it, and no change time.
     */
    @Modifying(flushAutomatically = true)
    @Query("update Journey j set j.checkStatus = :status where j.id = :id")
    int recordCheckStatus(UUID id, CheckStatus status);
}
