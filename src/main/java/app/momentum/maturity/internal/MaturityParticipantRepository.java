package app.momentum.maturity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Participants of the current tenant's maturity rounds (tenant-filtered). */
public interface MaturityParticipantRepository extends JpaRepository<MaturityParticipant, UUID> {

    List<MaturityParticipant> findByRoundId(UUID roundId);

    List<MaturityParticipant> findByRoundIdIn(Collection<UUID> roundIds);

    Optional<MaturityParticipant> findByRoundIdAndUserId(UUID roundId, UUID userId);

    List<MaturityParticipant> findByUserId(UUID userId);
}
