package app.momentum.maturity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Maturity rounds of the current tenant (tenant-filtered). */
public interface MaturityRoundRepository extends JpaRepository<MaturityRound, UUID> {

    List<MaturityRound> findAllByOrderByOpenedAtDesc();

    List<MaturityRound> findByNameOrderByOpenedAtDesc(String name);
}
