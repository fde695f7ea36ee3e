package app.momentum.brand.ui;

import app.momentum.brand.BrandService;
import app.momentum.brand.DeepDriver;
import app.momentum.brand.ExperienceOrientation;
import app.momentum.brand.internal.Persona;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Personas and segments: who they are, what they need and expect, and what drives them deep down. */
class PersonasTab extends NamedListTab<Persona> {

    PersonasTab(BrandService brand, boolean editable) {
        super(new Config<>("brand.personas", editable, new Operations<Persona>() {
            public List<Persona> list() { return brand.personas(); }
            public void delete(UUID id) { brand.deletePersona(id); }
        }, Persona::getId, Persona::getVersion, Persona::getName)
                .unordered()
                .cards("add-persona", PersonasTab::describe, "persona-name", form -> fields(brand, form),
                        "name", "brand.error.nameRequired", "brand.error.personaNameTaken"));
    }

    private static void describe(Persona persona, Card card) {
        if (persona.getExperienceOrientation() != null) {
            card.setSubtitle(card.getTranslation(persona.getExperienceOrientation().labelKey()));
        }
        if (persona.getDescription() != null) {
            card.add(new Paragraph(persona.getDescription()));
        }
        Div drivers = new Div();
        drivers.addClassName("badges");
        persona.getDeepDrivers().forEach(d -> drivers.add(new Badge(driverLabel(card, d))));
        card.add(drivers);
    }

    private static String driverLabel(Component context, String code) {
        return DeepDriver.fromCode(code).map(d -> context.getTranslation(d.labelKey())).orElse(code);
    }

    private static Runnable fields(BrandService brand, Form<Persona> form) {
        Persona persona = form.item();
        Select<ExperienceOrientation> orientation = new Select<>();
        orientation.setLabel(form.dialog().getTranslation("brand.personas.orientation"));
        orientation.setItems(ExperienceOrientation.values());
        orientation.setItemLabelGenerator(o -> o == null ? "" : form.dialog().getTranslation(o.labelKey()));
        orientation.setEmptySelectionAllowed(true);
        form.dialog().withFields(orientation);
        TextArea description = form.area("brand.personas.description", "description", Persona::getDescription);
        TextArea context = form.area("brand.personas.context", "context", Persona::getContext);
        TextArea needs = form.area("brand.personas.needs", "needs", Persona::getNeeds);
        TextArea expectations = form.area("brand.personas.expectations", "consciousExpectations",
                Persona::getConsciousExpectations);
        MultiSelectComboBox<String> drivers = drivers(form.dialog(), persona);
        form.dialog().withFields(drivers);
        form.dialog().fullWidth(drivers);
        if (persona != null) {
            orientation.setValue(persona.getExperienceOrientation());
        }
        return () -> brand.savePersona(form.id(), form.version(), new BrandService.PersonaData(form.name(),
                description.getValue(), context.getValue(), needs.getValue(), expectations.getValue(),
                new ArrayList<>(drivers.getSelectedItems()), orientation.getValue()));
    }

    /** The universal deep drivers to pick from, and any the user types: a driver of their own stays one. */
    private static MultiSelectComboBox<String> drivers(Component context, Persona persona) {
        MultiSelectComboBox<String> drivers = new MultiSelectComboBox<>(context.getTranslation("brand.personas.drivers"));
        drivers.setHelperText(context.getTranslation("brand.personas.driversHelp"));
        Set<String> options = new LinkedHashSet<>(Arrays.stream(DeepDriver.values()).map(DeepDriver::name).toList());
        if (persona != null) {
            options.addAll(persona.getDeepDrivers());
        }
        drivers.setItems(new ArrayList<>(options));
        drivers.setItemLabelGenerator(code -> driverLabel(context, code));
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
        if (persona != null) {
            drivers.select(persona.getDeepDrivers());
        }
        return drivers;
    }
}
