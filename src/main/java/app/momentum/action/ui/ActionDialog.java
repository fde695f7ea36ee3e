package app.momentum.action.ui;

import app.momentum.action.ActionService;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.TextLimits;
import app.momentum.base.ui.Notifications;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** Creates an action (optionally pre-filled with a journey and moments) or edits one. */
public class ActionDialog extends EditorDialog {

    private final ComboBox<JourneyRef> journey = new ComboBox<>();
    private final MultiSelectComboBox<MomentRef> moments = new MultiSelectComboBox<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<ActionType> type = new Select<>();
    private final Select<DisciplineRef> discipline = new Select<>();
    private final ComboBox<MemberChoice> owner = new ComboBox<>();
    private final MultiSelectComboBox<MemberChoice> contributors = new MultiSelectComboBox<>();
    private final DatePicker due = new DatePicker();
    private final Select<Priority> priority = new Select<>();
    private final Select<Effort> effort = new Select<>();
    private final TextArea expectedEffect = new TextArea();
    private final TextField kpi = new TextField();
    private final TextField kpiChange = new TextField();
    private final Select<ActionStatus> initialStatus = new Select<>();
    private ImprovementAction saved;

    /**
     * @param existing the action to edit, or null for a new one
     * @param momentsOf the moments of a journey in map order, to pick from
     * @param canAssign whether the user may choose the owner and the starting status (managers)
     */
    public ActionDialog(ActionService actions, ActionContext context, Function<UUID, List<MomentRef>> momentsOf,
                        ImprovementAction existing, UUID presetJourney, List<UUID> presetMoments, boolean canAssign,
                        Consumer<ImprovementAction> onSaved) {
        super("");
        setHeaderTitle(getTranslation(existing == null ? "action.new" : "action.edit"));
        setId("action-dialog");
        journey.setLabel(getTranslation("action.journey"));
        journey.setItems(context.journeys());
        journey.setItemLabelGenerator(JourneyRef::name);
        journey.setRequired(true);
        journey.setId("action-journey");
        moments.setLabel(getTranslation("action.moments"));
        moments.setHelperText(getTranslation("action.momentsHelp"));
        moments.setItemLabelGenerator(MomentRef::title);
        journey.addValueChangeListener(e -> {
            moments.clear();
            moments.setItems(e.getValue() == null ? List.of() : momentsOf.apply(e.getValue().id()));
        });
        journey.setReadOnly(existing != null);
        title.setLabel(getTranslation("action.title"));
        title.setRequired(true);
        TextLimits.limit(title, 200);
        title.setId("action-title");
        description.setLabel(getTranslation("action.description"));
        TextLimits.limit(description, 4000);
        type.setLabel(getTranslation("action.type"));
        type.setItems(ActionType.values());
        type.setItemLabelGenerator(t -> getTranslation("actionType." + t.name()));
        type.setValue(ActionType.FUNCTIONAL_FIX);
        discipline.setLabel(getTranslation("action.discipline"));
        discipline.setItems(context.disciplines());
        discipline.setItemLabelGenerator(d -> d == null ? getTranslation("journeys.none") : d.name());
        discipline.setEmptySelectionAllowed(true);
        owner.setLabel(getTranslation("action.owner"));
        owner.setItems(context.workers());
        owner.setHelperText(getTranslation("action.ownerHelp"));
        owner.setItemLabelGenerator(MemberChoice::displayName);
        owner.setReadOnly(!canAssign);
        owner.setId("action-owner");
        contributors.setLabel(getTranslation("action.contributors"));
        contributors.setItems(context.workers());
        contributors.setItemLabelGenerator(MemberChoice::displayName);
        due.setLabel(getTranslation("action.due"));
        due.setLocale(getLocale());
        due.setId("action-due");
        if (existing == null) {
            due.setMin(actions.today()); // an existing action may stay overdue; a new one is not born late
        }
        due.setI18n(new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage(getTranslation("action.error.dueUnreadable", example(actions.today())))
                .setMinErrorMessage(getTranslation("action.error.duePast")));
        priority.setLabel(getTranslation("action.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p.name()));
        priority.setValue(Priority.MEDIUM);
        effort.setLabel(getTranslation("action.effort"));
        effort.setItems(Effort.values());
        effort.setItemLabelGenerator(e -> getTranslation("effort." + e.name()));
        effort.setValue(Effort.M);
        expectedEffect.setLabel(getTranslation("action.expectedEffect"));
        TextLimits.limit(expectedEffect, 2000);
        kpi.setLabel(getTranslation("action.kpi"));
        TextLimits.limit(kpi, 100);
        kpiChange.setLabel(getTranslation("action.kpiChange"));
        TextLimits.limit(kpiChange, 100);
        initialStatus.setLabel(getTranslation("action.status"));
        initialStatus.setItems(ActionStatus.IDEA, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);
        initialStatus.setItemLabelGenerator(s -> getTranslation("actionStatus." + s.name()));
        initialStatus.setValue(canAssign ? ActionStatus.PLANNED : ActionStatus.IDEA);
        initialStatus.setReadOnly(!canAssign);

        withFields(journey, moments, title, type, description, discipline, owner, contributors, due, priority, effort,
                expectedEffect, kpi, kpiChange);
        if (existing == null) {
            withFields(initialStatus);
        }
        fullWidth(description);
        fullWidth(title);
        errorsOn(journey, "action.error.journey");
        errorsOn(title, "title", "action.error.title");
        errorsOn(description, "description");
        errorsOn(type, "type", "action.error.type");
        errorsOn(owner, "owner", "action.error.member", "action.error.ownerMayNotWork");
        errorsOn(contributors, "contributors");
        errorsOn(due, "action.error.duePast", "action.error.dueUnreadable");
        errorsOn(expectedEffect, "expectedEffect");
        errorsOn(kpi, "kpiName");
        errorsOn(kpiChange, "kpiTargetChange");
        if (existing != null) {
            fill(existing, context, momentsOf);
        } else {
            context.journeys().stream().filter(j -> j.id().equals(presetJourney)).findFirst().ifPresent(journey::setValue);
            if (journey.getValue() != null && presetMoments != null) {
                moments.select(momentsOf.apply(journey.getValue().id()).stream().filter(m -> presetMoments.contains(m.id())).toList());
            }
            // a new action for a moment starts with the discipline that answers for it; the user may change it
            moments.addValueChangeListener(e -> {
                if (discipline.getValue() == null) {
                    discipline.setValue(disciplineById(context, actions.defaultDiscipline(
                            e.getValue().stream().map(MomentRef::id).toList())));
                }
            });
            discipline.setValue(disciplineById(context, actions.defaultDiscipline(
                    moments.getSelectedItems().stream().map(MomentRef::id).toList())));
        }
        onSave(() -> {
            if (journey.getValue() == null) {
                throw new app.momentum.base.UserFacingException("action.error.journey");
            }
            if (due.isInvalid() && due.getValue() == null) {
                // typed text that is no date leaves the value empty: saving would drop the date without a word
                throw new app.momentum.base.UserFacingException("action.error.dueUnreadable", example(actions.today()));
            }
            ActionService.ActionData data = new ActionService.ActionData(journey.getValue().id(),
                    moments.getSelectedItems().stream().map(MomentRef::id).toList(), title.getValue(), description.getValue(),
                    type.getValue(), discipline.getValue() == null ? null : discipline.getValue().id(),
                    owner.getValue() == null ? null : owner.getValue().userId(),
                    contributors.getSelectedItems().stream().map(MemberChoice::userId).toList(), due.getValue(),
                    priority.getValue(), expectedEffect.getValue(), kpi.getValue(), kpiChange.getValue(), effort.getValue());
            saved = existing == null ? actions.create(data, initialStatus.getValue())
                    : actions.update(existing.getId(), existing.getVersion(), data);
        }, () -> {
            Notifications.success(getTranslation(existing == null ? "action.created" : "action.saved", saved.getTitle()));
            onSaved.accept(saved);
        });
        setWidth("48rem");
    }

    /** Pre-fills a new action's title and description (e.g. from the impact matrix later). */
    public ActionDialog withTitle(String text) {
        title.setValue(text);
        return this;
    }

    private static DisciplineRef disciplineById(ActionContext context, UUID id) {
        return id == null ? null : context.disciplines().stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    /** A date as the user would type it in their language, for the message about a date that cannot be read. */
    private String example(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale()).format(day);
    }

    private void fill(ImprovementAction action, ActionContext context, Function<UUID, List<MomentRef>> momentsOf) {
        context.journeys().stream().filter(j -> j.id().equals(action.getJourneyId())).findFirst().ifPresent(journey::setValue);
        moments.setItems(momentsOf.apply(action.getJourneyId()));
        moments.select(momentsOf.apply(action.getJourneyId()).stream().filter(m -> action.getMomentIds().contains(m.id())).toList());
        title.setValue(action.getTitle());
        description.setValue(Objects.requireNonNullElse(action.getDescription(), ""));
        type.setValue(action.getType());
        discipline.setValue(context.disciplines().stream().filter(d -> d.id().equals(action.getDisciplineId())).findFirst().orElse(null));
        owner.setValue(context.membersById().get(action.getOwnerUserId()));
        contributors.select(action.getContributorIds().stream().map(context.membersById()::get).filter(Objects::nonNull).toList());
        due.setValue(action.getDueDate());
        priority.setValue(action.getPriority());
        effort.setValue(action.getEffort());
        expectedEffect.setValue(Objects.requireNonNullElse(action.getExpectedEffect(), ""));
        kpi.setValue(Objects.requireNonNullElse(action.getKpiName(), ""));
        kpiChange.setValue(Objects.requireNonNullElse(action.getKpiTargetChange(), ""));
    }
}
