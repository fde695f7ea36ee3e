package app.momentum.base.live;

import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@link LiveEvents} within one JVM, for one node (the default, {@code momentum.live.transport=in-memory}) and for
 * tests that want it; {@link PostgresLiveEvents} carries events between nodes.
 */
@Component
@ConditionalOnProperty(name = "momentum.live.transport", havingValue = "in-memory", matchIfMissing = true)
class InMemoryLiveEvents implements LiveEvents {

    private final LiveDispatch dispatch = new LiveDispatch();

    @Override
    public Registration subscribe(UUID tenantId, UUID topicId, Consumer<LiveEvent> listener) {
        return dispatch.subscribe(tenantId, topicId, listener);
    }

    @Override
    public void publish(LiveEvent event) {
        dispatch.deliver(event);
    }

    /**
     * A {@link LiveEvent} published as an application event: delivered once the publishing transaction commits,
     * at once when there is none, never when it rolls back. In the publishing thread: delivery itself is handed to
     * the pool, and there is nothing to persist (a live event missed by a node that died is of no use).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(LiveEvent event) {
        publish(event);
    }
}
