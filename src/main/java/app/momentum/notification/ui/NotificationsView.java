package app.momentum.notification.ui;

import app.momentum.notification.NotificationType;
import app.momentum.tenancy.RoleNames;
import com.vaadin.flow.component.icon.VaadinIcon;
import app.momentum.base.ui.EmptyState;
import app.momentum.action.ActionNavigation;
import app.momentum.journey.JourneyNavigation;
import app.momentum.measurement.MeasurementNavigation;
import app.momentum.base.ui.Formats;
import app.momentum.notification.internal.Notification;
import app.momentum.maturity.MaturityScans;
import app.momentum.notification.MaturityNotifications;
import app.momentum.notification.NotificationMailer;
import app.momentum.notification.NotificationService;
import app.momentum.tenancy.TenantMembers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** All notifications of the user, newest first; mark read; choose which ones also come by e-mail. */
@Route("notifications")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient NotificationService notifications;
    private final Map<UUID, String> names;
    private final Div list = new Div();

    public NotificationsView(NotificationService notifications, NotificationMailer mailer, TenantMembers members) {
        this.notifications = notifications;
        this.names = members.active().stream().collect(Collectors.toMap(TenantMembers.MemberChoice::userId,
                TenantMembers.MemberChoice::displayName));
        addClassName("notifications-view");
        setMaxWidth("56rem");
        Button markAll = new Button(getTranslation("notifications.markAllRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.setId("mark-all-read");
        add(new H1(getTranslation("notifications.title")), markAll, list, preferences(mailer.enabled()));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var recent = notifications.recent();
        if (recent.isEmpty()) {
            EmptyState empty = new EmptyState(VaadinIcon.BELL, getTranslation("notifications.empty"),
                    getTranslation("notifications.emptyPurpose"));
            empty.setId("notifications-empty");
            list.add(empty);
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(Formats.DEFAULT_ZONE);
        for (Notification n : recent) {
            Span text = new Span(getTranslation("notification." + n.getType().name(),
                    names.getOrDefault(n.getActorId(), getTranslation("history.someone")), n.getSubject() == null ? "" : n.getSubject()));
            Span at = new Span(when.format(n.getCreatedAt()));
            at.addClassName("history-when");
            Div item = new Div(text, at);
            item.addClassNames("notification-item", n.isRead() ? "read" : "unread");
            item.addClickListener(e -> {
                notifications.markRead(n.getId());
                if (n.getType() == app.momentum.notification.NotificationType.ANALYSIS_READY
                        || n.getType() == app.momentum.notification.NotificationType.ANALYSIS_FAILED) {
                    MeasurementNavigation.toMining(n.getJourneyId());
                } else if (MaturityNotifications.roundOf(n.getType(), n.getDedupKey()).isPresent()) {
                    getUI().ifPresent(ui -> ui.navigate(MaturityScans.roundRoute(
                            MaturityNotifications.roundOf(n.getType(), n.getDedupKey()).orElseThrow())));
                } else if (n.getType() == NotificationType.BOARD_REPORT && n.getSubject() != null) {
                    // the report module's stored-report page (report.ui), by URL: notification sits below report
                    getUI().ifPresent(ui -> ui.navigate("report/board/file/" + n.getSubject()));
                } else if (n.getActionId() != null) {
                    ActionNavigation.toAction(n.getActionId());
                } else if (n.getJourneyId() != null) {
                    JourneyNavigation.toMap(n.getJourneyId());
                } else {
                    refresh();
                }
            });
            list.add(item);
        }
    }

    private VerticalLayout preferences(boolean mailEnabled) {
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("notifications.email")));
        section.setPadding(false);
        if (!mailEnabled) {
            section.add(new Paragraph(getTranslation("notifications.emailOff")));
        }
        notifications.emailPreferences().forEach((type, wanted) -> {
            Checkbox box = new Checkbox(getTranslation("notificationType." + type.name()), wanted);
            box.addValueChangeListener(e -> notifications.setEmail(type, e.getValue()));
            box.setEnabled(mailEnabled);
            section.add(box);
        });
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · Momentum";
    }
}
