package app.momentum.measurement.ui;

import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.TextLimits;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.KpiScope;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.KpiService.KpiData;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Adds a KPI of the tenant's own: name, unit, direction, scale, and what it applies to (the organisation, a journey,
 * or a moment of a journey). The journey and moment selects show only when the scope needs them; the moments are
 * those of the chosen journey.
 */
class KpiDialog extends EditorDialog {

    private final KpiScreen screen;
    private final TextField name = new TextField();
    private final TextField unit = new TextField();
    private final BigDecimalField min = new BigDecimalField();
    private final BigDecimalField max = new BigDecimalField();
    private final Checkbox higherIsBetter = new Checkbox(true);
    private final Select<KpiScope> scope = new Select<>();
    private final Select<JourneyRef> journey = new Select<>();
    private final Select<MomentRef> moment = new Select<>();
    private Kpi created;

    /**
     * @param journeyShown the journey the catalogue is filtered by, if any: a new KPI is probably for it
     * @param onCreated    gets the new KPI once the dialog closed
     */
    KpiDialog(KpiScreen screen, JourneyRef journeyShown, Consumer<Kpi> onCreated) {
        super("");
        this.screen = screen;
        setHeaderTitle(getTranslation("kpis.new"));
        name.setLabel(getTranslation("kpis.name"));
        name.setId("kpis-new-name");
        name.setRequired(true);
        TextLimits.limit(name, KpiService.MAX_NAME_LENGTH);
        unit.setLabel(getTranslation("kpis.unit"));
        TextLimits.limit(unit, KpiService.MAX_UNIT_LENGTH);
        unit.setId("kpis-new-unit");
        min.setLabel(getTranslation("kpis.min"));
        min.setId("kpis-new-min");
        max.setLabel(getTranslation("kpis.max"));
        max.setId("kpis-new-max");
        higherIsBetter.setLabel(getTranslation("kpis.higherIsBetter"));
        higherIsBetter.setId("kpis-new-higher");
        scopeFields(journeyShown);

        withFields(name, unit, higherIsBetter, min, max, scope, journey, moment)
                .errorsOn(name, "name", "kpi.error.nameRequired", "kpi.error.nameTaken", "validation.tooLong")
                .errorsOn(unit, "unit")
                .errorsOn(min, "scaleMin", "kpi.error.scale")
                .errorsOn(journey, "journey", "kpi.error.scope")
                .errorsOn(moment, "moment", "kpi.error.momentRequired");
        setWidth("48rem"); // two columns: lowest and highest value, journey and moment side by side
        fullWidth(name);
        fullWidth(scope);
        onSave(() -> created = screen.create(new KpiData(name.getValue(), unit.getValue(), min.getValue(),
                        max.getValue(), higherIsBetter.getValue(), scope.getValue(), journeyId(), momentId())),
                () -> onCreated.accept(created));
    }

    private void scopeFields(JourneyRef journeyShown) {
        scope.setId("kpis-new-scope");
        scope.setLabel(getTranslation("kpis.scope"));
        scope.setItems(KpiScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("kpis.scope." + s.name()));
        scope.setValue(KpiScope.TENANT);
        journey.setId("kpis-new-journey");
        journey.setLabel(getTranslation("kpis.journey"));
        journey.setItems(screen.activeJourneys());
        journey.setItemLabelGenerator(JourneyRef::name);
        if (journeyShown != null) {
            journey.setValue(journeyShown);
        }
        moment.setId("kpis-new-moment");
        moment.setLabel(getTranslation("kpis.moment"));
        moment.setItemLabelGenerator(MomentRef::title);
        scope.addValueChangeListener(e -> showFor(e.getValue()));
        journey.addValueChangeListener(e -> loadMoments(e.getValue()));
        loadMoments(journey.getValue());
        showFor(scope.getValue());
    }

    private void showFor(KpiScope chosen) {
        journey.setVisible(chosen != KpiScope.TENANT);
        moment.setVisible(chosen == KpiScope.MOMENT);
    }

    private void loadMoments(JourneyRef chosen) {
        List<MomentRef> list = chosen == null ? List.of() : screen.moments(chosen.id());
        moment.setItems(list);
        moment.setHelperText(chosen != null && list.isEmpty() ? getTranslation("kpis.noMoments") : null);
    }

    /** A hidden journey or moment select keeps its value; only what the scope needs goes to the service. */
    private UUID journeyId() {
        return scope.getValue() == KpiScope.TENANT || journey.getValue() == null ? null : journey.getValue().id();
    }

    private UUID momentId() {
        return scope.getValue() != KpiScope.MOMENT || moment.getValue() == null ? null : moment.getValue().id();
    }
}
