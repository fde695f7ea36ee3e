package app.momentum.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * Events between modules are delivered after commit, on another thread (docs/architecture.md, "Events between
 * modules"). A test that checks what a listener made — or that it made nothing — first waits here until every event
 * published so far has reached its listeners: the event publication registry holds a row per event and listener
 * until the listener ends. Failed publications do not end by themselves and are not waited for.
 */
@Component
public class ModuleEvents {

    private final EventPublicationRegistry registry;

    ModuleEvents(EventPublicationRegistry registry) {
        this.registry = registry;
    }

    public void awaitDelivered() {
        await("events delivered to their module listeners").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> registry.findIncompletePublications().stream()
                        .allMatch(publication -> publication.getStatus() == EventPublication.Status.FAILED));
    }
}
