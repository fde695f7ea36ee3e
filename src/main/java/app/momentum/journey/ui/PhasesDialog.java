package app.momentum.journey.ui;

import app.momentum.base.ui.AppDialog;
import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.ItemActions;
import app.momentum.base.ui.TextLimits;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.internal.Phase;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;

/**
 * The journey's phases as a list: rename, move, delete (only an empty phase; the service refuses others with a
 * message) and add. Phases change rarely, moments often: the canvas keeps its room for the moments.
 */
class PhasesDialog extends AppDialog {

    private final JourneyMapService maps;
    private final UUID journeyId;
    private final JourneyMapView view;
    private final Div list = new Div();

    PhasesDialog(JourneyMapView view, JourneyMapService maps, UUID journeyId) {
        this.view = view;
        this.maps = maps;
        this.journeyId = journeyId;
        setId("phases-dialog");
        setHeaderTitle(getTranslation("map.phases"));
        list.addClassName("phase-list");
        TextField name = new TextField();
        name.setPlaceholder(getTranslation("map.phaseName"));
        name.setAriaLabel(getTranslation("map.phaseName"));
        TextLimits.limit(name, 100);
        name.setId("new-phase-name");
        Button add = new Button(getTranslation("map.addPhase"), VaadinIcon.PLUS.create(), e -> {
            if (view.changed(() -> maps.addPhase(journeyId, name.getValue()))) {
                name.clear();
                showPhases();
            }
        });
        add.setId("add-phase");
        add.addClickShortcut(Key.ENTER).listenOn(name);
        HorizontalLayout adder = new HorizontalLayout(name, add);
        adder.setWidthFull();
        adder.expand(name);
        add(list, adder);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("phases-close");
        getFooter().add(close);
        setWidth("30rem");
        showPhases();
    }

    private void showPhases() {
        list.removeAll();
        List<Phase> phases = List.copyOf(maps.load(journeyId).momentsByPhase().keySet());
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            Span name = new Span(phase.getName());
            name.addClassName("phase-list-name");
            ItemActions actions = new ItemActions().edit(() -> rename(phase))
                    .moves(i > 0, () -> act(() -> maps.movePhase(phase.getId(), -1)),
                            i < phases.size() - 1, () -> act(() -> maps.movePhase(phase.getId(), 1)));
            actions.delete(phase.getName(), () -> act(() -> maps.deletePhase(phase.getId())));
            HorizontalLayout row = new HorizontalLayout(name, actions);
            row.setId("phase-row-" + phase.getId());
            row.addClassName("phase-list-row");
            row.setWidthFull();
            row.expand(name);
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            list.add(row);
        }
        if (phases.isEmpty()) {
            list.add(new Span(getTranslation("map.empty")));
        }
    }

    private void act(Runnable change) {
        if (view.changed(change)) {
            showPhases();
        }
    }

    private void rename(Phase phase) {
        TextField name = new TextField(getTranslation("map.phaseName"));
        name.setValue(phase.getName());
        TextLimits.limit(name, 100);
        new EditorDialog(getTranslation("map.renamePhase"),
                () -> maps.renamePhase(phase.getId(), phase.getVersion(), name.getValue()), () -> {
                    view.refresh();
                    showPhases();
                })
                .withFields(name).errorsOn(name, "journey.error.phaseName", "validation.tooLong").open();
    }
}
