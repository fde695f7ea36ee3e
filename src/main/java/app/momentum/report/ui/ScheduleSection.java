package app.momentum.report.ui;

import app.momentum.base.UserFacingException;
import app.momentum.base.ui.FieldErrors;
import app.momentum.base.ui.Notifications;
import app.momentum.report.BoardReportSchedules;
import app.momentum.report.BoardReportSchedules.Frequency;
import app.momentum.report.BoardReportSchedules.Schedule;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tenant admin's schedule of the board report: monthly or quarterly, to chosen members who may read it. Each is
 * made on the first day of the month or quarter for the period that just ended, stored here, announced in the app and
 * by e-mail (with the PDF) when mail is set up.
 */
class ScheduleSection extends Div {

    private final transient BoardReportSchedules schedules;
    final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>();
    final MultiSelectComboBox<MemberChoice> recipients = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button stop = new Button();
    private final Paragraph state = new Paragraph();
    private Long version;

    ScheduleSection(BoardReportSchedules schedules) {
        this.schedules = schedules;
        setId("report-schedule");
        addClassNames("board-report-admin", "no-print");
        add(new H2(getTranslation("report.schedule")), new Paragraph(getTranslation("report.schedule.help")));

        frequency.setId("report-schedule-frequency");
        frequency.setLabel(getTranslation("report.schedule.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("report.schedule.frequency." + f.name()));

        List<MemberChoice> members = schedules.possibleRecipients();
        recipients.setId("report-schedule-recipients");
        recipients.setLabel(getTranslation("report.schedule.recipients"));
        recipients.setItems(members);
        recipients.setItemLabelGenerator(MemberChoice::displayName);
        recipients.setWidth("28rem");

        save.setText(getTranslation("report.schedule.save"));
        save.setId("report-schedule-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        stop.setText(getTranslation("report.schedule.stop"));
        stop.setId("report-schedule-stop");
        stop.addClickListener(e -> stop());
        state.setId("report-schedule-state");

        add(state, frequency, recipients, new HorizontalLayout(save, stop));
        load(schedules.schedule(), members);
    }

    private void load(Optional<Schedule> schedule, List<MemberChoice> members) {
        version = schedule.map(Schedule::version).orElse(null);
        frequency.setValue(schedule.map(Schedule::frequency).orElse(null));
        Set<UUID> chosen = schedule.map(s -> Set.copyOf(s.recipients())).orElse(Set.of());
        recipients.setValue(members.stream().filter(m -> chosen.contains(m.userId()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        state.setText(schedule.map(s -> getTranslation("report.schedule.active",
                        getTranslation("report.schedule.frequency." + s.frequency().name()), s.recipients().size()))
                .orElse(getTranslation("report.schedule.none")));
        stop.setEnabled(schedule.isPresent());
    }

    private void save() {
        frequency.setInvalid(false);
        recipients.setInvalid(false);
        try {
            Schedule saved = schedules.save(frequency.getValue(),
                    recipients.getValue().stream().map(MemberChoice::userId).toList(), version);
            load(Optional.of(saved), schedules.possibleRecipients());
            Notifications.success(getTranslation("report.schedule.saved"));
        } catch (UserFacingException e) {
            FieldErrors.show(this, e, Map.of("frequency", frequency, "recipients", recipients));
        }
    }

    private void stop() {
        if (version == null) {
            return;
        }
        try {
            schedules.stop(version);
            load(Optional.empty(), schedules.possibleRecipients());
            Notifications.success(getTranslation("report.schedule.stopped"));
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }
}
