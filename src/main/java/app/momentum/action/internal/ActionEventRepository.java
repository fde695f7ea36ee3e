package app.momentum.action.internal;

import app.momentum.action.internal.ActionEvent;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionEventRepository extends JpaRepository<ActionEvent, UUID> {

    List<ActionEvent> findByActionIdOrderByAtAsc(UUID actionId);

    /** The status changes into one of these statuses of the given actions, oldest first. */
    List<ActionEvent> findByActionIdInAndKindAndToStatusInOrderByAtAsc(java.util.Collection<UUID> actionIds,
            ActionEvent.Kind kind, java.util.Collection<app.momentum.action.domain.ActionStatus> toStatuses);
}
