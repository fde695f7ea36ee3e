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

/**
 * This node's listeners per (tenant, topic), called on a small thread pool: what every {@link LiveEvents} adapter
 * does once an event has reached the node.
 */
final class LiveDispatch {

    private static final Logger log = LoggerFactory.getLogger(LiveDispatch.class);

    private record Topic(UUID tenantId, UUID topicId) {
    }

    private final Map<Topic, List<Consumer<LiveEvent>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "live-events");
        thread.setDaemon(true);
        return thread;
    });

    Registration subscribe(UUID tenantId, UUID topicId, Consumer<LiveEvent> listener) {
        Topic topic = new Topic(tenantId, topicId);
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(topic, (t, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void deliver(LiveEvent event) {
        List<Consumer<LiveEvent>> receivers = listeners.getOrDefault(new Topic(event.tenantId(), event.topicId()),
                List.of());
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

    void shutdown() {
        delivery.shutdownNow();
    }
}
