package app.momentum.brand.ui;

import app.momentum.base.Texts;
import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.ItemActions;
import app.momentum.base.ui.TextLimits;
import app.momentum.brand.BrandService;
import app.momentum.brand.DeepDriver;
import app.momentum.brand.ExperienceOrientation;
import app.momentum.brand.Persona;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Personas and segments: who they are, what they need and expect, and what drives them deep down. */
class PersonasTab extends VerticalLayout {

    private final transient BrandService brand;
    private final boolean editable;
    private final Div cards = new Div();

    PersonasTab(BrandService brand, boolean editable) {
        this.brand = brand;
        this.editable = editable;
        setPadding(false);
        add(new Paragraph(getTranslation("brand.personas.intro")));
        if (editable) {
            Button add = new Button(getTranslation("brand.personas.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("add-persona");
            add(add);
        }
        cards.addClassName("card-grid");
        add(cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        List<Persona> personas = brand.personas();
        if (personas.isEmpty()) {
            cards.add(new Paragraph(getTranslation("brand.personas.empty")));
        }
        for (Persona persona : personas) {
            Card card = new Card();
            card.setTitle(persona.getName());
            if (persona.getExperienceOrientation() != null) {
                card.setSubtitle(getTranslation(persona.getExperienceOrientation().labelKey()));
            }
            if (persona.getDescription() != null) {
                card.add(new Paragraph(persona.getDescription()));
            }
            Div drivers = new Div();
            drivers.addClassName("badges");
            persona.getDeepDrivers().forEach(d -> drivers.add(new Badge(driverLabel(d))));
            card.add(drivers);
            if (editable) {
                card.setHeaderSuffix(new ItemActions().edit(() -> edit(persona))
                        .delete(persona.getName(), () -> BrandTabs.apply(this, () -> brand.deletePersona(persona.getId()), this::refresh)));
            }
            cards.add(card);
        }
    }

    private String driverLabel(String code) {
        return DeepDriver.fromCode(code).map(d -> getTranslation(d.labelKey())).orElse(code);
    }

    private void edit(Persona persona) {
        TextField name = new TextField(getTranslation("brand.personas.name"));
        name.setRequired(true);
        TextLimits.limit(name, Texts.SHORT);
        name.setId("persona-name");
        TextArea description = area("brand.personas.description");
        TextArea context = area("brand.personas.context");
        TextArea needs = area("brand.personas.needs");
        TextArea expectations = area("brand.personas.expectations");
        MultiSelectComboBox<String> drivers = new MultiSelectComboBox<>(getTranslation("brand.personas.drivers"));
        drivers.setHelperText(getTranslation("brand.personas.driversHelp"));
        Set<String> options = new LinkedHashSet<>(Arrays.stream(DeepDriver.values()).map(DeepDriver::name).toList());
        if (persona != null) {
            options.addAll(persona.getDeepDrivers());
        }
        drivers.setItems(new ArrayList<>(options));
        drivers.setItemLabelGenerator(this::driverLabel);
        drivers.setAllowCustomValue(true);
        drivers.addCustomValueSetListener(e -> {
            String custom = e.getDetail().strip();
            if (!custom.isEmpty() && options.add(custom)) {
                Set<String> selected = new LinkedHashSet<>(drivers.getSelectedItems());
                drivers.setItems(new ArrayList<>(options));
                selected.add(custom);
                drivers.select(selected);
            }
        });
        Select<ExperienceOrientation> orientation = new Select<>();
        orientation.setLabel(getTranslation("brand.personas.orientation"));
        orientation.setItems(ExperienceOrientation.values());
        orientation.setItemLabelGenerator(o -> o == null ? "" : getTranslation(o.labelKey()));
        orientation.setEmptySelectionAllowed(true);
        if (persona != null) {
            name.setValue(persona.getName());
            description.setValue(BrandValuesTab.orEmpty(persona.getDescription()));
            context.setValue(BrandValuesTab.orEmpty(persona.getContext()));
            needs.setValue(BrandValuesTab.orEmpty(persona.getNeeds()));
            expectations.setValue(BrandValuesTab.orEmpty(persona.getConsciousExpectations()));
            drivers.select(persona.getDeepDrivers());
            orientation.setValue(persona.getExperienceOrientation());
        }
        EditorDialog dialog = new EditorDialog(getTranslation(persona == null ? "brand.personas.add" : "brand.personas.edit"),
                () -> brand.savePersona(persona == null ? null : persona.getId(), persona == null ? null : persona.getVersion(),
                        new BrandService.PersonaData(name.getValue(), description.getValue(), context.getValue(),
                                needs.getValue(), expectations.getValue(), new ArrayList<>(drivers.getSelectedItems()),
                                orientation.getValue())),
                this::refresh)
                .withFields(name, orientation, description, context, needs, expectations, drivers)
                .errorsOn(name, "name", "brand.error.nameRequired", "brand.error.personaNameTaken")
                .errorsOn(description, "description")
                .errorsOn(context, "context")
                .errorsOn(needs, "needs")
                .errorsOn(expectations, "consciousExpectations");
        dialog.fullWidth(drivers);
        dialog.open();
    }

    private TextArea area(String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        TextLimits.limit(area, Texts.LONG);
        return area;
    }
}
