package app.momentum.brand.ui;

import app.momentum.base.Texts;
import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.ItemActions;
import app.momentum.base.ui.TextLimits;
import app.momentum.brand.BrandService;
import app.momentum.brand.BrandValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Brand values as cards: name, what it means, what the customer should feel, the behaviour we show. */
class BrandValuesTab extends VerticalLayout {

    private final transient BrandService brand;
    private final boolean editable;
    private final Div cards = new Div();

    BrandValuesTab(BrandService brand, boolean editable) {
        this.brand = brand;
        this.editable = editable;
        setPadding(false);
        add(new Paragraph(getTranslation("brand.values.intro")));
        if (editable) {
            Button add = new Button(getTranslation("brand.values.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("add-brand-value");
            add(add);
        }
        cards.addClassName("card-grid");
        add(cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        List<BrandValue> values = brand.values();
        if (values.isEmpty()) {
            cards.add(new Paragraph(getTranslation("brand.values.empty")));
        }
        for (BrandValue value : values) {
            Card card = new Card();
            card.setTitle(value.getName());
            card.add(line("brand.values.description", value.getDescription()),
                    line("brand.values.feeling", value.getCustomerFeeling()),
                    line("brand.values.behaviour", value.getBehaviour()));
            if (editable) {
                card.setHeaderSuffix(new ItemActions()
                        .edit(() -> edit(value))
                        .moveUp(() -> run(() -> brand.moveValue(value.getId(), -1)))
                        .moveDown(() -> run(() -> brand.moveValue(value.getId(), 1)))
                        .delete(value.getName(), () -> run(() -> brand.deleteValue(value.getId()))));
            }
            cards.add(card);
        }
    }

    private Div line(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span content = new Span(text == null ? "–" : text);
        Div line = new Div(label, content);
        line.addClassName("labelled-text");
        return line;
    }

    private void edit(BrandValue value) {
        TextField name = new TextField(getTranslation("brand.values.name"));
        name.setRequired(true);
        TextLimits.limit(name, Texts.SHORT);
        name.setId("brand-value-name");
        TextArea description = area("brand.values.description");
        description.setId("brand-value-description");
        TextArea feeling = area("brand.values.feeling");
        TextArea behaviour = area("brand.values.behaviour");
        if (value != null) {
            name.setValue(value.getName());
            description.setValue(orEmpty(value.getDescription()));
            feeling.setValue(orEmpty(value.getCustomerFeeling()));
            behaviour.setValue(orEmpty(value.getBehaviour()));
        }
        EditorDialog dialog = new EditorDialog(getTranslation(value == null ? "brand.values.add" : "brand.values.edit"),
                () -> brand.saveValue(value == null ? null : value.getId(), value == null ? null : value.getVersion(),
                        new BrandService.BrandValueData(name.getValue(), description.getValue(), feeling.getValue(),
                                behaviour.getValue())),
                this::refresh)
                .withFields(name, description, feeling, behaviour)
                .errorsOn(name, "name", "brand.error.nameRequired", "brand.error.valueNameTaken")
                .errorsOn(description, "description")
                .errorsOn(feeling, "customerFeeling")
                .errorsOn(behaviour, "behaviour");
        dialog.fullWidth(description);
        dialog.open();
    }

    private TextArea area(String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        TextLimits.limit(area, Texts.LONG);
        return area;
    }

    private void run(Runnable change) {
        BrandTabs.apply(this, change, this::refresh);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
