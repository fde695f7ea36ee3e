package app.momentum.brand.internal;

import app.momentum.brand.internal.BrandProfile;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** BrandProfiles of the current tenant (tenant-filtered). */
public interface BrandProfileRepository extends JpaRepository<BrandProfile, UUID> {

    /** The tenant's profile: there is at most one per tenant. */
    Optional<BrandProfile> findFirstBy();
}
