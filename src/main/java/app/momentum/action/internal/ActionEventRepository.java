package app.momentum.action.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionEventRepository extends JpaRepository<ActionEvent, UUID> {

    List<ActionEvent> findByActionIdOrderByAtAsc(UUID actionId);
}
