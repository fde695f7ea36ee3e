package app.momentum.base.live;

import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Our own broadcaster for live collaboration (Collaboration Kit is deprecated): a port, so that it can be backed by
 * PostgreSQL LISTEN/NOTIFY when Momentum runs on several nodes; today one JVM is enough.
 *
 * <p>Features announce a change by publishing a {@link LiveEvent} with Spring's {@code ApplicationEventPublisher}
 * inside their transaction; the adapter delivers it once that transaction commits (at once without one), so
 * receivers read committed data. No feature calls this interface to publish, so a cross-node adapter replaces
 * the in-memory one without touching them.
 */
public interface LiveEvents {

    /** Listens to events of one topic (e.g. a journey) of one tenant. Listeners run on a background thread. */
    Registration subscribe(UUID tenantId, UUID topicId, Consumer<LiveEvent> listener);

    /**
     * Delivers the event now, for what is not in the database (presence). A change to data is published as an
     * application event instead (see above), so it is delivered after commit.
     */
    void publish(LiveEvent event);
}
