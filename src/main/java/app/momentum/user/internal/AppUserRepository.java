package app.momentum.user.internal;

import app.momentum.user.AppUser;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, UUID> {

    Optional<AppUser> findByEmail(String normalisedEmail);

    default Optional<AppUser> findByEmailIgnoringCase(String email) {
        return findByEmail(AppUser.normaliseEmail(email));
    }

    boolean existsByEmail(String normalisedEmail);

    boolean existsByPlatformAdminTrue();

    Optional<AppUser> findBySsoSubject(String subject);
}
