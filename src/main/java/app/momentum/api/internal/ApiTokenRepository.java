package app.momentum.api.internal;

import app.momentum.api.internal.ApiToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findAllByOrderByCreatedAtDesc();

    /** A bulk update, so that recording a use never conflicts with an admin revoking the token (no version bump). */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :when where t.id = :id")
    void recordUse(UUID id, Instant when);
}
