package app.momentum.notification;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DigestSentRepository extends JpaRepository<DigestSent, UUID> {

    boolean existsByUserIdAndDay(UUID userId, LocalDate day);
}
