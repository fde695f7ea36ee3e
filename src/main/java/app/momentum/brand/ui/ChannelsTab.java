package app.momentum.brand.ui;

import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.FieldErrors;
import app.momentum.base.ui.ItemActions;
import app.momentum.brand.BrandService;
import app.momentum.brand.Channel;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** The channels the tenant uses; moments name one of them. */
class ChannelsTab extends VerticalLayout {

    private final transient BrandService brand;
    private final Grid<Channel> grid = new Grid<>();

    ChannelsTab(BrandService brand, boolean editable) {
        this.brand = brand;
        setPadding(false);
        setMaxWidth("40rem");
        add(new Paragraph(getTranslation("brand.channels.intro")));
        if (editable) {
            TextField name = new TextField();
            name.setPlaceholder(getTranslation("brand.channels.name"));
            name.setAriaLabel(getTranslation("brand.channels.name"));
            name.setMaxLength(Texts.SHORT);
            name.setId("new-channel-name");
            Button add = new Button(getTranslation("brand.channels.add"), VaadinIcon.PLUS.create(), e -> {
                try {
                    brand.saveChannel(null, null, name.getValue());
                    name.clear();
                    name.setInvalid(false);
                    refresh();
                } catch (UserFacingException problem) {
                    FieldErrors.show(this, problem, Map.of("brand.error.nameRequired", name,
                            "brand.error.channelNameTaken", name, "validation.tooLong", name));
                }
            });
            add.addClickShortcut(Key.ENTER);
            add.setId("add-channel");
            add(new HorizontalLayout(name, add));
        }
        grid.addColumn(Channel::getName).setHeader(getTranslation("brand.channels.name"));
        if (editable) {
            grid.addComponentColumn(channel -> new ItemActions()
                    .moveUp(() -> BrandTabs.apply(this, () -> brand.moveChannel(channel.getId(), -1), this::refresh))
                    .moveDown(() -> BrandTabs.apply(this, () -> brand.moveChannel(channel.getId(), 1), this::refresh))
                    .delete(channel.getName(), () -> BrandTabs.apply(this, () -> brand.deleteChannel(channel.getId()), this::refresh)))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("brand.channels.empty"));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(brand.channels());
    }
}
