package app.momentum.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * Tells the people working on this node that it is about to stop (a rolling update, a scale-down, a node drain):
 * their screens live in this JVM, so after it stops their next click reaches another node, which does not know
 * their session, and what they typed and did not save is lost. The notice goes out over push to every tab with the
 * main layout open, and stays until closed.
 *
 * <p>Sent by the actuator endpoint {@code /actuator/drain} on the management port, which Kubernetes calls as the
 * pod's {@code preStop} hook (see {@code deploy/k8s}): it answers after {@code momentum.drain.notice-time}, and
 * only then is the JVM told to stop. Not on the JVM's stop signal itself: by then Vaadin's push (Atmosphere) is
 * being shut down by its own shutdown hook, in parallel with Spring's, and refuses to send (seen).
 */
@Component
@Endpoint(id = "drain")
public class DrainNotice {

    private final Set<UI> open = ConcurrentHashMap.newKeySet();
    private final Duration lingering;

    /**
     * @param lingering how long {@link #drain} waits after telling the tabs, so that push delivers the notice and
     *                  people read it before the node goes (within the grace period, see the Kubernetes manifests)
     */
    DrainNotice(@Value("${momentum.drain.notice-time}") Duration lingering) {
        this.lingering = lingering;
    }

    /** Keeps the tab to be told; the registration forgets it (on detach). */
    Registration register(UI ui) {
        open.add(ui);
        return () -> open.remove(ui);
    }

    /**
     * The node is about to stop: tells every open tab, then waits {@code momentum.drain.notice-time} for push to
     * deliver and people to read, while the load balancer stops sending new requests here. A GET, as Kubernetes
     * calls hooks; on the management port only, which is never published.
     */
    @ReadOperation
    public Drained drain() throws InterruptedException {
        int told = announce();
        Thread.sleep(lingering);
        return new Drained(told);
    }

    /** What {@link #drain} did: how many tabs were told. */
    public record Drained(int tabsTold) {
    }

    /** Shows the notice in every registered tab; how many were told. */
    int announce() {
        int told = 0;
        for (UI ui : open) {
            told++;
            ui.access(() -> {
                Notification notice = new Notification(ui.getTranslation("drain.notice"), 0,
                        Notification.Position.TOP_CENTER);
                notice.setId("drain-notice");
                notice.addThemeVariants(NotificationVariant.WARNING);
                notice.open();
            });
        }
        return told;
    }
}
