package app.momentum.brand.ui;

import app.momentum.brand.BrandService;
import app.momentum.brand.internal.BrandValue;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;

/** Brand values as cards: name, what it means, what the customer should feel, the behaviour we show. */
class BrandValuesTab extends NamedListTab<BrandValue> {

    BrandValuesTab(BrandService brand, boolean editable) {
        super(new Config<>("brand.values", editable, new Operations<BrandValue>() {
            public List<BrandValue> list() { return brand.values(); }
            public void delete(UUID id) { brand.deleteValue(id); }
            public void move(UUID id, int direction) { brand.moveValue(id, direction); }
        }, BrandValue::getId, BrandValue::getVersion, BrandValue::getName)
                .cards("add-brand-value", BrandValuesTab::describe, "brand-value-name", form -> fields(brand, form),
                        "name", "brand.error.nameRequired", "brand.error.valueNameTaken"));
    }

    private static void describe(BrandValue value, Card card) {
        card.add(line(card, "brand.values.description", value.getDescription()),
                line(card, "brand.values.feeling", value.getCustomerFeeling()),
                line(card, "brand.values.behaviour", value.getBehaviour()));
    }

    private static Div line(Card card, String labelKey, String text) {
        Span label = new Span(card.getTranslation(labelKey));
        label.addClassName("field-label");
        Span content = new Span(text == null ? "–" : text);
        Div line = new Div(label, content);
        line.addClassName("labelled-text");
        return line;
    }

    private static Runnable fields(BrandService brand, Form<BrandValue> form) {
        TextArea description = form.area("brand.values.description", "description", BrandValue::getDescription);
        description.setId("brand-value-description");
        TextArea feeling = form.area("brand.values.feeling", "customerFeeling", BrandValue::getCustomerFeeling);
        TextArea behaviour = form.area("brand.values.behaviour", "behaviour", BrandValue::getBehaviour);
        form.dialog().fullWidth(description);
        return () -> brand.saveValue(form.id(), form.version(), new BrandService.BrandValueData(form.name(),
                description.getValue(), feeling.getValue(), behaviour.getValue()));
    }
}
