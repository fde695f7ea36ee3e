package app.momentum.brand.internal;

import app.momentum.brand.internal.Persona;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Personas of the current tenant (tenant-filtered). */
public interface PersonaRepository extends JpaRepository<Persona, UUID> {

    List<Persona> findAllByOrderByNameAsc();
}
