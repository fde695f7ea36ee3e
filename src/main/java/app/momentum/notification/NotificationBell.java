package app.momentum.notification;

import app.momentum.base.live.LiveEvent;
import app.momentum.notification.ui.NotificationsView;
import app.momentum.base.live.LiveEvents;
import app.momentum.base.TenantContext;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;

/**
 * The bell in the top bar: the number of unread notifications, updated live as new ones arrive and as they are read (in any of the user's tabs). Published (in the
 * module's root package) because the app shell places it.
 */
public class NotificationBell extends Button {

    private final transient NotificationService notifications;
    private final transient LiveEvents events;
    private final UUID tenantId;
    private final UUID userId;
    private final Span count = new Span();
    private Registration subscription;

    public NotificationBell(NotificationService notifications, LiveEvents events, UUID tenantId, UUID userId) {
        this.notifications = notifications;
        this.events = events;
        this.tenantId = tenantId;
        this.userId = userId;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.TERTIARY);
        count.addClassName("bell-count");
        count.setId("bell-count");
        setSuffixComponent(count);
        setId("notification-bell");
        addClickListener(e -> UI.getCurrent().navigate(NotificationsView.class));
        show(notifications.unreadCount());
    }

    private void show(long unread) {
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel(getTranslation("notifications.bell", unread));
        setTooltipText(getTranslation("notifications.bell", unread));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        subscription = events.subscribe(tenantId, userId, event -> {
            if (event.kind() == LiveEvent.Kind.NOTIFIED) {
                ui.access(() -> TenantContext.runInTenant(tenantId, () -> show(notifications.unreadCountOf(userId))));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
        }
        super.onDetach(detachEvent);
    }
}
