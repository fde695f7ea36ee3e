package app.momentum.notification.internal;

import app.momentum.notification.internal.DigestSent;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DigestSentRepository extends JpaRepository<DigestSent, UUID> {

    boolean existsByUserIdAndDay(UUID userId, LocalDate day);
}
