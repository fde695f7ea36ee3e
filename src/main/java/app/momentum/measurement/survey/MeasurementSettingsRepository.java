package app.momentum.measurement.survey;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasurementSettingsRepository extends JpaRepository<MeasurementSettings, UUID> {

    /** The tenant's row; the tenant filter makes "find any" find the current tenant's only row. */
    Optional<MeasurementSettings> findFirstBy();
}
