package app.momentum.brand.ui;

import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.ItemActions;
import app.momentum.base.ui.TextLimits;
import app.momentum.brand.BrandService;
import app.momentum.brand.internal.BrandValue;
import app.momentum.brand.internal.GuidingPrinciple;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Guiding principles, in order, each with why it matters and the brand values it serves. */
class PrinciplesTab extends VerticalLayout {

    private final transient BrandService brand;
    private final boolean editable;
    private final Div list = new Div();

    PrinciplesTab(BrandService brand, boolean editable) {
        this.brand = brand;
        this.editable = editable;
        setPadding(false);
        add(new Paragraph(getTranslation("brand.principles.intro")));
        if (editable) {
            Button add = new Button(getTranslation("brand.principles.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("add-principle");
            add(add);
        }
        list.addClassName("card-list");
        add(list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        Map<UUID, BrandValue> values = brand.values().stream().collect(Collectors.toMap(BrandValue::getId, Function.identity()));
        List<GuidingPrinciple> principles = brand.principles();
        if (principles.isEmpty()) {
            list.add(new Paragraph(getTranslation("brand.principles.empty")));
        }
        int number = 1;
        for (GuidingPrinciple principle : principles) {
            Card card = new Card();
            card.setTitle((number++) + ". " + principle.getStatement());
            if (principle.getRationale() != null) {
                card.add(new Paragraph(principle.getRationale()));
            }
            Div badges = new Div();
            badges.addClassName("badges");
            principle.getBrandValueIds().stream().map(values::get).filter(v -> v != null)
                    .forEach(v -> badges.add(new Badge(v.getName())));
            card.add(badges);
            if (editable) {
                card.setHeaderSuffix(new ItemActions()
                        .edit(() -> edit(principle))
                        .moveUp(() -> BrandTabs.apply(this, () -> brand.movePrinciple(principle.getId(), -1), this::refresh))
                        .moveDown(() -> BrandTabs.apply(this, () -> brand.movePrinciple(principle.getId(), 1), this::refresh))
                        .delete(principle.getStatement(),
                                () -> BrandTabs.apply(this, () -> brand.deletePrinciple(principle.getId()), this::refresh)));
            }
            list.add(card);
        }
    }

    private void edit(GuidingPrinciple principle) {
        TextArea statement = new TextArea(getTranslation("brand.principles.statement"));
        statement.setRequired(true);
        TextLimits.limit(statement, 500);
        statement.setId("principle-statement");
        TextArea rationale = new TextArea(getTranslation("brand.principles.rationale"));
        TextLimits.limit(rationale, 2000);
        MultiSelectComboBox<BrandValue> values = new MultiSelectComboBox<>(getTranslation("brand.principles.values"));
        List<BrandValue> all = brand.values();
        values.setItems(all);
        values.setItemLabelGenerator(BrandValue::getName);
        if (principle != null) {
            statement.setValue(principle.getStatement());
            rationale.setValue(BrandTabs.orEmpty(principle.getRationale()));
            values.select(all.stream().filter(v -> principle.getBrandValueIds().contains(v.getId())).toList());
        }
        EditorDialog dialog = new EditorDialog(getTranslation(principle == null ? "brand.principles.add" : "brand.principles.edit"),
                () -> brand.savePrinciple(principle == null ? null : principle.getId(),
                        principle == null ? null : principle.getVersion(),
                        new BrandService.PrincipleData(statement.getValue(), rationale.getValue(),
                                values.getSelectedItems().stream().map(BrandValue::getId).toList())),
                this::refresh)
                .withFields(statement, rationale, values)
                .errorsOn(statement, "brand.error.statementRequired");
        dialog.fullWidth(statement);
        dialog.fullWidth(rationale);
        dialog.fullWidth(values);
        dialog.open();
    }
}
