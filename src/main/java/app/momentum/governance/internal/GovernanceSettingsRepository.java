package app.momentum.governance.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GovernanceSettingsRepository extends JpaRepository<GovernanceSettings, UUID> {

    /** The tenant's one row (the tenant filter leaves at most one). */
    Optional<GovernanceSettings> findFirstBy();
}
