package app.momentum.journey.ui;

import app.momentum.base.ui.FilterSelects;
import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.TextLimits;
import app.momentum.brand.BrandService.Named;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.PhaseTemplate;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Creates a journey (with phases from a template) or edits a journey's details. A new journey starts at mapping; the
 * stage is not edited here: it moves only through the life-cycle gates.
 */
class JourneyDialog extends EditorDialog {

    private final TextField name = new TextField();
    private final Select<JourneyType> type = new Select<>();
    private final Select<Named> persona = new Select<>();
    private final Select<MemberChoice> owner = new Select<>();
    private final TextField startsAt = new TextField();
    private final TextField endsAt = new TextField();
    private final TextArea description = new TextArea();
    private final Select<PhaseTemplate> template = new Select<>();
    private Journey saved;

    JourneyDialog(JourneyService journeys, List<Named> personas, List<MemberChoice> owners, Journey journey,
                  Consumer<Journey> onSaved) {
        super("");
        setHeaderTitle(getTranslation(journey == null ? "journeys.new" : "journeys.edit"));
        setId("journey-dialog");
        name.setLabel(getTranslation("journeys.name"));
        name.setRequired(true);
        TextLimits.limit(name, 200);
        name.setId("journey-name");
        type.setLabel(getTranslation("journeys.type"));
        type.setItems(JourneyType.values());
        type.setItemLabelGenerator(t -> getTranslation("journeyType." + t.name()));
        type.setValue(JourneyType.SIGNATURE_JOURNEY);
        type.setId("journey-type");
        FilterSelects.withAll(persona, getTranslation("journeys.persona"), personas, Named::name, getTranslation("journeys.none"));
        FilterSelects.withAll(owner, getTranslation("journeys.owner"), owners, MemberChoice::displayName, getTranslation("journeys.none"));
        startsAt.setLabel(getTranslation("journeys.startsAt"));
        TextLimits.limit(startsAt, 500);
        endsAt.setLabel(getTranslation("journeys.endsAt"));
        TextLimits.limit(endsAt, 500);
        description.setLabel(getTranslation("journeys.description"));
        TextLimits.limit(description, 4000);
        withFields(name, type, persona, owner, startsAt, endsAt, description);
        fullWidth(description);
        if (journey == null) {
            template.setLabel(getTranslation("journeys.template"));
            template.setItems(PhaseTemplate.values());
            template.setItemLabelGenerator(t -> getTranslation("phaseTemplate." + t.name()));
            template.setValue(PhaseTemplate.LIFECYCLE);
            template.setId("journey-template");
            withFields(template);
        } else {
            name.setValue(journey.getName());
            type.setValue(journey.getType());
            persona.setValue(personas.stream().filter(p -> p.id().equals(journey.getPersonaId())).findFirst().orElse(null));
            owner.setValue(owners.stream().filter(o -> o.userId().equals(journey.getOwnerUserId())).findFirst().orElse(null));
            startsAt.setValue(Objects.requireNonNullElse(journey.getStartsAt(), ""));
            endsAt.setValue(Objects.requireNonNullElse(journey.getEndsAt(), ""));
            description.setValue(Objects.requireNonNullElse(journey.getDescription(), ""));
        }
        errorsOn(name, "name");
        errorsOn(type, "type");
        errorsOn(owner, "owner");
        errorsOn(startsAt, "startsAt");
        errorsOn(endsAt, "endsAt");
        errorsOn(description, "description");
        onSave(() -> {
            JourneyService.JourneyData data = new JourneyService.JourneyData(name.getValue(), type.getValue(),
                    persona.getValue() == null ? null : persona.getValue().id(), startsAt.getValue(), endsAt.getValue(),
                    description.getValue(), owner.getValue() == null ? null : owner.getValue().userId(), null);
            boolean sameNameConfirmed = confirmed(JourneyService.SAME_NAME);
            saved = journey == null
                    ? journeys.create(data, phaseNames(template.getValue()), sameNameConfirmed)
                    : journeys.update(journey.getId(), journey.getVersion(), data, sameNameConfirmed);
        }, () -> onSaved.accept(saved));
    }

    private List<String> phaseNames(PhaseTemplate chosen) {
        return IntStream.rangeClosed(1, chosen.phases())
                .mapToObj(i -> getTranslation("phaseTemplate." + chosen.name() + "." + i)).toList();
    }
}
