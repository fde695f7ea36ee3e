package app.momentum.journey.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MapLanePreferenceRepository extends JpaRepository<MapLanePreference, UUID> {

    Optional<MapLanePreference> findByUserId(UUID userId);
}
