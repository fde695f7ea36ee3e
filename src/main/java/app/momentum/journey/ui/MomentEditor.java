package app.momentum.journey.ui;

import app.momentum.base.UserFacingException;
import app.momentum.base.ui.FieldErrors;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.TextLimits;
import app.momentum.base.ui.UiActions;
import app.momentum.brand.BrandService.Named;
import app.momentum.brand.DeepDriver;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.ExperienceDimension;
import app.momentum.journey.ExperienceProvider;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.MomentEdit;
import app.momentum.journey.MomentField;
import app.momentum.journey.MomentSave;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.MomentNature;
import app.momentum.journey.collab.JourneyCollaboration;
import app.momentum.journey.TargetLevel;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The selected moment's editor, beside the map. */
class MomentEditor extends VerticalLayout {

    private final TextField title = new TextField();
    private final TextArea does = area("moment.does");
    private final TextArea thinks = area("moment.thinks");
    private final TextArea feels = area("moment.feels");
    private final Select<Named> channel = new Select<>();
    private final TextField otherParty = new TextField();
    private final RadioButtonGroup<MomentNature> nature = new RadioButtonGroup<>();
    private final RadioButtonGroup<TargetLevel> target = new RadioButtonGroup<>();
    private final Checkbox momentOfTruth = new Checkbox();
    private final Checkbox brandMoment = new Checkbox();
    private final MultiSelectComboBox<Named> values = new MultiSelectComboBox<>();
    private final TextArea expectation = area("moment.expectation");
    private final ComboBox<String> deepDriver = new ComboBox<>();
    private final CheckboxGroup<ExperienceDimension> dimensions = new CheckboxGroup<>();
    private final MultiSelectComboBox<ExperienceProvider> providers = new MultiSelectComboBox<>();
    private final IntegerField currentEmotion = emotion("moment.currentEmotion");
    private final IntegerField desiredEmotion = emotion("moment.desiredEmotion");
    private final TextArea exceeds = area("moment.exceeds");
    private final TextArea repeatability = area("moment.repeatability");
    private final Select<DisciplineRef> discipline = new Select<>();
    private final Select<MemberChoice> owner = new Select<>();

    private final CommentsPanel comments;
    private final java.util.UUID momentId;
    private final MapContext context;

    /**
     * @param editable the moment may be changed (not an executive, journey not archived)
     * @param canComment the user may comment (not an executive)
     */
    MomentEditor(JourneyMapView view, JourneyMapService maps, JourneyCollaboration collaboration, Moment moment,
                 MapContext context, boolean editable, boolean canComment) {
        this.momentId = moment.getId();
        this.context = context;
        this.comments = new CommentsPanel(collaboration, moment.getId(), context, canComment);
        addClassName("moment-editor");
        setId("moment-editor");
        setPadding(false);
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> view.closeEditor());
        close.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("action.close"));
        close.setId("moment-editor-close");
        H2 heading = new H2(getTranslation("moment.title"));
        HorizontalLayout header = new HorizontalLayout(heading, close);
        header.setWidthFull();
        header.expand(heading);
        add(header);

        configure(context);
        fill(moment, context);
        FormLayout basics = form(title, channel, otherParty, nature, target, momentOfTruth, brandMoment, values, discipline, owner);
        FormLayout customer = form(does, thinks, feels, expectation, deepDriver);
        FormLayout design = form(currentEmotion, desiredEmotion, exceeds, repeatability, dimensions, providers);
        Details actionSection = new Details(getTranslation("moment.actions"), view.actions().momentSection(
                moment.getJourneyId(), moment.getId(), view::reload));
        actionSection.setOpened(true);
        Details commentSection = new Details(getTranslation("comment.title"), comments);
        commentSection.setOpened(true);
        commentSection.setWidthFull(); // the comment field uses the panel's width, not that of the comments above it
        add(basics, new Details(getTranslation("moment.customer"), customer), new Details(getTranslation("moment.design"), design));

        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> save(view, maps, moment));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("moment-save");
            Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete(view, maps, moment));
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            delete.setId("moment-delete");
            add(new HorizontalLayout(save, delete));
        } else {
            List.of(title, does, thinks, feels, otherParty, expectation, exceeds, repeatability).forEach(f -> f.setReadOnly(true));
            List.of(channel, discipline, owner).forEach(f -> f.setReadOnly(true));
            nature.setReadOnly(true);
            target.setReadOnly(true);
            momentOfTruth.setReadOnly(true);
            brandMoment.setReadOnly(true);
            values.setReadOnly(true);
            deepDriver.setReadOnly(true);
            dimensions.setReadOnly(true);
            providers.setReadOnly(true);
            currentEmotion.setReadOnly(true);
            desiredEmotion.setReadOnly(true);
        }
        add(actionSection, commentSection);
    }

    /** Someone commented: show it if it is on this moment. */
    void refreshComments(java.util.UUID commentedMomentId) {
        if (momentId.equals(commentedMomentId)) {
            comments.refresh();
        }
    }

    private void configure(MapContext context) {
        title.setLabel(getTranslation("moment.name"));
        title.setRequired(true);
        TextLimits.limit(title, 200);
        title.setId("moment-title");
        channel.setLabel(getTranslation("moment.channel"));
        channel.setItems(context.channels());
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("journeys.none") : c.name());
        channel.setEmptySelectionAllowed(true);
        otherParty.setLabel(getTranslation("moment.otherParty"));
        otherParty.setHelperText(getTranslation("moment.otherPartyHelp"));
        TextLimits.limit(otherParty, 200);
        nature.setLabel(getTranslation("moment.nature"));
        nature.setItems(MomentNature.values());
        nature.setItemLabelGenerator(n -> getTranslation("nature." + n.name()));
        target.setLabel(getTranslation("moment.target"));
        target.setItems(TargetLevel.values());
        target.setItemLabelGenerator(t -> getTranslation("targetLevel." + t.name()));
        target.setId("moment-target");
        momentOfTruth.setLabel(getTranslation("moment.momentOfTruth"));
        momentOfTruth.setId("moment-mot");
        brandMoment.setLabel(getTranslation("moment.brandMoment"));
        values.setLabel(getTranslation("moment.brandValues"));
        values.setItems(context.brandValues());
        values.setItemLabelGenerator(Named::name);
        deepDriver.setLabel(getTranslation("moment.deepDriver"));
        deepDriver.setItems(Arrays.stream(DeepDriver.values()).map(DeepDriver::name).toList());
        deepDriver.setItemLabelGenerator(code -> DeepDriver.fromCode(code).map(d -> getTranslation(d.labelKey())).orElse(code));
        deepDriver.setAllowCustomValue(true);
        deepDriver.addCustomValueSetListener(e -> {
            List<String> items = new ArrayList<>(Arrays.stream(DeepDriver.values()).map(DeepDriver::name).toList());
            items.add(e.getDetail());
            deepDriver.setItems(items);
            deepDriver.setValue(e.getDetail());
        });
        dimensions.setLabel(getTranslation("moment.dimensions"));
        dimensions.setItems(ExperienceDimension.values());
        dimensions.setItemLabelGenerator(d -> getTranslation("dimension." + d.name()));
        providers.setLabel(getTranslation("moment.providers"));
        providers.setItems(ExperienceProvider.values());
        providers.setItemLabelGenerator(p -> getTranslation("provider." + p.name()));
        exceeds.setHelperText(getTranslation("moment.exceedsHelp"));
        repeatability.setHelperText(getTranslation("moment.repeatabilityHelp"));
        discipline.setLabel(getTranslation("moment.discipline"));
        discipline.setItems(context.disciplines());
        discipline.setItemLabelGenerator(d -> d == null ? getTranslation("journeys.none") : d.name());
        discipline.setEmptySelectionAllowed(true);
        discipline.setId("moment-discipline");
        owner.setLabel(getTranslation("moment.owner"));
        owner.setItems(context.members());
        owner.setItemLabelGenerator(m -> m == null ? getTranslation("journeys.none") : m.displayName());
        owner.setEmptySelectionAllowed(true);
    }

    private void fill(Moment moment, MapContext context) {
        title.setValue(moment.getTitle());
        does.setValue(Objects.requireNonNullElse(moment.getCustomerDoes(), ""));
        thinks.setValue(Objects.requireNonNullElse(moment.getCustomerThinks(), ""));
        feels.setValue(Objects.requireNonNullElse(moment.getCustomerFeels(), ""));
        channel.setValue(context.channels().stream().filter(c -> c.id().equals(moment.getChannelId())).findFirst().orElse(null));
        otherParty.setValue(Objects.requireNonNullElse(moment.getOtherParty(), ""));
        nature.setValue(moment.getNature());
        target.setValue(moment.getTargetLevel());
        momentOfTruth.setValue(moment.isMomentOfTruth());
        brandMoment.setValue(moment.isBrandMoment());
        values.select(context.brandValues().stream().filter(v -> moment.getBrandValueIds().contains(v.id())).toList());
        expectation.setValue(Objects.requireNonNullElse(moment.getConsciousExpectation(), ""));
        if (moment.getDeepDriver() != null && DeepDriver.fromCode(moment.getDeepDriver()).isEmpty()) {
            List<String> items = new ArrayList<>(Arrays.stream(DeepDriver.values()).map(DeepDriver::name).toList());
            items.add(moment.getDeepDriver());
            deepDriver.setItems(items);
        }
        deepDriver.setValue(moment.getDeepDriver());
        dimensions.select(moment.getDimensions().stream().map(ExperienceDimension::valueOf).toList());
        providers.select(moment.getProviders().stream().map(ExperienceProvider::valueOf).toList());
        currentEmotion.setValue(moment.getCurrentEmotion());
        desiredEmotion.setValue(moment.getDesiredEmotion());
        exceeds.setValue(Objects.requireNonNullElse(moment.getExceedsExpectation(), ""));
        repeatability.setValue(Objects.requireNonNullElse(moment.getRepeatability(), ""));
        discipline.setValue(context.disciplines().stream().filter(d -> d.id().equals(moment.getOwnerDisciplineId())).findFirst().orElse(null));
        owner.setValue(context.members().stream().filter(m -> m.userId().equals(moment.getOwnerUserId())).findFirst().orElse(null));
    }

    private void save(JourneyMapView view, JourneyMapService maps, Moment moment) {
        if (currentEmotion.isInvalid() || desiredEmotion.isInvalid()) {
            Notifications.error(getTranslation("journey.error.desiredEmotion", JourneyMapService.MIN_EMOTION, JourneyMapService.MAX_EMOTION));
            return;
        }
        JourneyMapService.MomentData data = new JourneyMapService.MomentData(title.getValue(), does.getValue(),
                thinks.getValue(), feels.getValue(), channel.getValue() == null ? null : channel.getValue().id(),
                otherParty.getValue(), nature.getValue(), target.getValue(), momentOfTruth.getValue(), brandMoment.getValue(),
                values.getSelectedItems().stream().map(Named::id).toList(), expectation.getValue(),
                deepDriver.getValue(), new ArrayList<>(dimensions.getSelectedItems()), new ArrayList<>(providers.getSelectedItems()),
                currentEmotion.getValue(), desiredEmotion.getValue(), exceeds.getValue(), repeatability.getValue(),
                discipline.getValue() == null ? null : discipline.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().userId());
        // base = the moment as opened: the merge applies only what this user changed since
        MomentEdit edit = new MomentEdit(MomentField.values(JourneyMapService.MomentData.of(moment)), MomentField.values(data));
        submit(view, maps, edit);
    }

    /**
     * Saves the edit merged with what others saved meanwhile: saved → reload; conflicts → the merge dialog, whose
     * choices save again (merged against what is stored then, so they may conflict again: the dialog shows anew).
     * A refusal lands on its field; the moment deleted meanwhile says so.
     */
    private void submit(JourneyMapView view, JourneyMapService maps, MomentEdit edit) {
        MomentSave outcome;
        try {
            outcome = maps.saveFields(momentId, edit.base(), edit.mine());
        } catch (UserFacingException problem) {
            FieldErrors.show(this, problem, Map.of("journey.error.momentTitle", title,
                    "journey.error.currentEmotion", currentEmotion, "journey.error.desiredEmotion", desiredEmotion,
                    "raci.error.ownerNotResponsible", owner));
            return;
        } catch (RuntimeException other) {
            UiActions.attempt(this, () -> {
                throw other;
            });
            return;
        }
        switch (outcome) {
            case MomentSave.Saved saved -> {
                Notifications.success(getTranslation("moment.saved"));
                view.reload();
            }
            case MomentSave.Conflicted conflicted -> new MergeDialog(conflicted.conflicts(),
                    new MomentValueText(context, this::getTranslation),
                    choices -> submit(view, maps, edit.decided(conflicted, choices)), () -> { }).open();
        }
    }

    private void confirmDelete(JourneyMapView view, JourneyMapService maps, Moment moment) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("confirmDelete.title"),
                getTranslation("confirmDelete.text", moment.getTitle()), getTranslation("action.delete"),
                e -> {
                    if (!view.actions().hasOpenActions(moment.getJourneyId(), moment.getId())) {
                        view.closeEditor();
                        view.change(() -> maps.deleteMoment(moment.getId()));
                    } else {
                        new OpenActionsDialog(moment, (drop, reason) -> {
                            view.closeEditor();
                            view.change(() -> view.removal().remove(moment.getId(), drop, reason));
                        }).open();
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private TextArea area(String key) {
        TextArea area = new TextArea(getTranslation(key));
        TextLimits.limit(area, 2000);
        return area;
    }

    private IntegerField emotion(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(JourneyMapService.MIN_EMOTION);
        field.setMax(JourneyMapService.MAX_EMOTION);
        field.setStepButtonsVisible(true);
        field.setHelperText(getTranslation("moment.emotionHelp"));
        return field;
    }
}
