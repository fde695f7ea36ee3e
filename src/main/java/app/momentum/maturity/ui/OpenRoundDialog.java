package app.momentum.maturity.ui;

import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.TextLimits;
import app.momentum.maturity.MaturityScans;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Opens a scan round: its name, the participants (the tenant's active members) and the closing date. Every refused
 * field is marked at once; nothing is opened until all are right.
 */
class OpenRoundDialog extends EditorDialog {

    static final String NAME = "name";
    static final String PARTICIPANTS = "participants";
    static final String CLOSES_ON = "closesOn";

    private final TextField name = new TextField();
    private final MultiSelectComboBox<MemberChoice> participants = new MultiSelectComboBox<>();
    private final DatePicker closesOn = new DatePicker();

    OpenRoundDialog(MaturityScans scans, List<MemberChoice> members, LocalDate today, Consumer<UUID> opened) {
        super("");
        setHeaderTitle(getTranslation("maturityScan.open.title"));
        setId("maturity-open-dialog");
        name.setLabel(getTranslation("maturityScan.open.name"));
        name.setId("maturity-open-name");
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder(getTranslation("maturityScan.open.namePlaceholder"));
        TextLimits.limit(name, MaturityScans.MAX_NAME_LENGTH);
        participants.setLabel(getTranslation("maturityScan.open.participants"));
        participants.setId("maturity-open-participants");
        participants.setRequiredIndicatorVisible(true);
        participants.setItems(members.stream().sorted(Comparator.comparing(MemberChoice::displayName,
                String.CASE_INSENSITIVE_ORDER)).toList());
        participants.setItemLabelGenerator(MemberChoice::displayName);
        participants.setHelperText(getTranslation("maturityScan.open.participantsHelp"));
        closesOn.setLabel(getTranslation("maturityScan.open.closesOn"));
        closesOn.setId("maturity-open-closes-on");
        closesOn.setRequiredIndicatorVisible(true);
        closesOn.setMin(today);
        closesOn.setValue(today.plusWeeks(2));
        closesOn.setLocale(getLocale());
        withFields(name, participants, closesOn);
        fullWidth(name);
        fullWidth(participants);
        errorsOn(name, NAME);
        errorsOn(participants, PARTICIPANTS);
        errorsOn(closesOn, CLOSES_ON);
        onSave(() -> {
            // the service checks every field at once (InvalidInputException by field name), nothing is half-opened
            UUID id = scans.openRound(name.getValue(), participants.getValue().stream().map(MemberChoice::userId).toList(),
                    closesOn.getValue());
            opened.accept(id);
        }, () -> { });
    }
}
