package app.momentum.base.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** {@link LiveEvents} within one JVM: listeners per (tenant, topic), called on a small thread pool. */
@Component
class InMemoryLiveEvents implements LiveEvents {

    private static final Logger log = LoggerFactory.getLogger(InMemoryLiveEvents.class);

    private record Topic(UUID tenantId, UUID topicId) {
    }

    private final Map<Topic, List<Consumer<LiveEvent>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "live-events");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public Registration subscribe(UUID tenantId, UUID topicId, Consumer<LiveEvent> listener) {
        Topic topic = new Topic(tenantId, topicId);
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(topic, (t, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @Override
    public void publish(LiveEvent event) {
        List<Consumer<LiveEvent>> receivers = listeners.getOrDefault(new Topic(event.tenantId(), event.topicId()), List.of());
        for (Consumer<LiveEvent> receiver : receivers) {
            delivery.execute(() -> {
                try {
                    receiver.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A live event listener failed on {}", event, e);
                }
            });
        }
    }

    /**
     * A {@link LiveEvent} published as an application event: delivered once the publishing transaction commits,
     * at once when there is none, never when it rolls back. In the publishing thread: delivery itself is handed to
     * the pool above, and there is nothing to persist (a live event missed by a node that died is of no use).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(LiveEvent event) {
        publish(event);
    }

    void shutdown() {
        delivery.shutdownNow();
    }
}
