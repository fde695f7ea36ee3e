package app.momentum.ownership.internal;

import app.momentum.ownership.internal.UserDiscipline;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserDisciplineRepository extends JpaRepository<UserDiscipline, UUID> {

    List<UserDiscipline> findByUserId(UUID userId);

    List<UserDiscipline> findByDisciplineId(UUID disciplineId);
}
