package app.momentum.journey.ui;

import app.momentum.base.ui.ItemActions;
import app.momentum.base.ui.TextLimits;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One phase of the map: its name, its moments in order, and a field to add a moment. */
class PhaseColumn extends VerticalLayout {

    PhaseColumn(JourneyMapView view, Phase phase, List<Moment> moments, MapContext context, boolean editable,
                UUID selectedMomentId, Phase previous, Phase next, Map<UUID, String> editors, Map<UUID, Long> openActions,
                Map<UUID, app.momentum.journey.MomentMeasurements.MeasuredMoment> measured) {
        addClassName("phase-column");
        setId("phase-" + phase.getId());
        setPadding(false);
        setWidth(null); // the width comes from the stylesheet (narrower in compact mode)
        H3 name = new H3(phase.getName());
        name.addClassName("phase-name");
        HorizontalLayout header = new HorizontalLayout(name);
        header.addClassName("phase-header");
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.expand(name);
        if (editable) {
            ItemActions actions = new ItemActions()
                    .edit(() -> rename(view, phase));
            if (previous != null) {
                actions.add(arrow(VaadinIcon.ARROW_LEFT, "map.phaseLeft", () -> view.change(() -> view.maps().movePhase(phase.getId(), -1))));
            }
            if (next != null) {
                actions.add(arrow(VaadinIcon.ARROW_RIGHT, "map.phaseRight", () -> view.change(() -> view.maps().movePhase(phase.getId(), 1))));
            }
            actions.delete(phase.getName(), () -> view.change(() -> view.maps().deletePhase(phase.getId())));
            header.add(actions);
        }
        Div cards = new Div();
        cards.addClassName("moment-list");
        for (Moment moment : moments) {
            cards.add(new MomentCard(moment, context, editable, moment.getId().equals(selectedMomentId),
                    editors.get(moment.getId()), openActions.getOrDefault(moment.getId(), 0L),
                    measured.get(moment.getId())));
        }
        if (moments.isEmpty()) {
            Div empty = new Div(getTranslation(editable ? "map.phaseEmptyEditable" : "map.phaseEmpty"));
            empty.addClassName("phase-empty");
            cards.add(empty);
        }
        add(header, cards);
        cards.getElement().setAttribute("data-phase", phase.getId().toString());
        if (editable) {
            TextField title = new TextField();
            title.setPlaceholder(getTranslation("map.momentTitle"));
            title.setAriaLabel(getTranslation("map.momentTitle") + " · " + phase.getName());
            TextLimits.limit(title, 200);
            title.setWidthFull();
            title.addClassName("new-moment-title");
            Button add = new Button(VaadinIcon.PLUS.create(), e -> view.change(() -> view.maps().addMoment(phase.getId(), title.getValue())));
            add.setAriaLabel(getTranslation("map.addMoment"));
            add.setTooltipText(getTranslation("map.addMoment"));
            add.addThemeVariants(ButtonVariant.LUMO_ICON);
            add.addClickShortcut(Key.ENTER).listenOn(title);
            add.addClassName("add-moment");
            HorizontalLayout adder = new HorizontalLayout(title, add);
            adder.setWidthFull();
            adder.setSpacing(false);
            add(adder);
        }
    }

    private Button arrow(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        return button;
    }

    private void rename(JourneyMapView view, Phase phase) {
        TextField name = new TextField(getTranslation("map.phaseName"));
        name.setValue(phase.getName());
        TextLimits.limit(name, 100);
        app.momentum.base.ui.EditorDialog dialog = new app.momentum.base.ui.EditorDialog(getTranslation("map.renamePhase"),
                () -> view.maps().renamePhase(phase.getId(), phase.getVersion(), name.getValue()), view::reload)
                .withFields(name).errorsOn(name, "journey.error.phaseName", "validation.tooLong");
        dialog.open();
    }
}
