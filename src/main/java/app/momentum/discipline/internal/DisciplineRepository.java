package app.momentum.discipline.internal;

import app.momentum.discipline.internal.Discipline;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Disciplines of the current tenant (tenant-filtered). */
public interface DisciplineRepository extends JpaRepository<Discipline, UUID> {

    List<Discipline> findAllByOrderByPositionAsc();
}
