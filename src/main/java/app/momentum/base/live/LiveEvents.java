package app.momentum.base.live;

import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Our own broadcaster for live collaboration (Collaboration Kit is deprecated). An interface, so that it can
 * be backed by PostgreSQL LISTEN/NOTIFY when Momentum runs on several nodes; today one JVM is enough.
 */
public interface LiveEvents {

    /** Listens to events of one topic (e.g. a journey) of one tenant. Listeners run on a background thread. */
    Registration subscribe(UUID tenantId, UUID topicId, Consumer<LiveEvent> listener);

    /** Delivers the event now. Prefer {@link #publishAfterCommit}, so receivers read committed data. */
    void publish(LiveEvent event);

    /** Delivers the event once the current transaction commits (at once when there is none). */
    void publishAfterCommit(LiveEvent event);
}
