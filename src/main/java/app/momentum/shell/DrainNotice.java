package app.momentum.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people working on this node that it is about to stop (a rolling update, a scale-down, a node drain):
 * their screens live in this JVM, so after it stops their next click reaches another node, which does not know
 * their session, and what they typed and did not save is lost. The notice goes out over push when the application
 * starts to close — before the web server's graceful shutdown lets the requests in flight finish (see
 * {@code deploy/README.md}) — to every tab with the main layout open, and stays until closed.
 */
@Component
public class DrainNotice {

    private final Set<UI> open = ConcurrentHashMap.newKeySet();

    /** Keeps the tab to be told; the registration forgets it (on detach). */
    Registration register(UI ui) {
        open.add(ui);
        return () -> open.remove(ui);
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        announce();
    }

    /** Shows the notice in every registered tab. */
    void announce() {
        for (UI ui : open) {
            ui.access(() -> {
                Notification notice = new Notification(ui.getTranslation("drain.notice"), 0,
                        Notification.Position.TOP_CENTER);
                notice.setId("drain-notice");
                notice.addThemeVariants(NotificationVariant.WARNING);
                notice.open();
            });
        }
    }
}
