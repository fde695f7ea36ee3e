package app.momentum.brand.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.brand.BrandService;
import app.momentum.brand.internal.BrandValue;
import app.momentum.brand.internal.Channel;
import app.momentum.brand.DeepDriver;
import app.momentum.brand.ExperienceOrientation;
import app.momentum.brand.internal.Persona;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one list tab in its two shapes: names (a grid, an inline add field, a rename dialog) and cards (an add button,
 * a dialog with the item's other fields that marks every refused field at once, move buttons only where the list
 * has an order of its own).
 */
@SpringBootTest
class NamedListTabViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired BrandService brand;

    TestTenant tenant;

    @BeforeEach
    void login() {
        tenant = fixture.create("named-lists");
        tenant.loginAs(Role.CX_MANAGER);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void cardsStartEmptyAndTheDialogMarksEveryRefusedFieldAtOnce() {
        UI.getCurrent().add(new BrandValuesTab(brand, true));
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("No brand values yet.");

        test($(Button.class).id("add-brand-value")).click();
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("Add brand value");
        TextField name = $(TextField.class).id("brand-value-name");
        assertThat(name.isRequiredIndicatorVisible()).isTrue();
        TextArea description = $(TextArea.class).id("brand-value-description");
        description.setValue("x".repeat(2_001));
        test($(Button.class).id("editor-save")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name.");
        assertThat(description.isInvalid()).isTrue();
        assertThat(brand.values()).isEmpty();

        name.setValue("Caring");
        description.setValue("We look after you");
        test($(Button.class).id("editor-save")).click();
        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(brand.values()).extracting(BrandValue::getName).containsExactly("Caring");
        Card card = $(Card.class).single();
        assertThat(card.getElement().getPropertyNames().map(card.getElement()::getProperty)).contains("Caring");
        assertThat(card.getElement().getTextRecursively()).contains("What it means", "We look after you");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).doesNotContain("No brand values yet.");
    }

    @Test
    void anEditDialogIsFilledFromTheItemAndATakenNameIsRefusedOnTheNameField() {
        brand.saveValue(null, null, new BrandService.BrandValueData("Caring", "Care", null, null));
        BrandValue bold = brand.saveValue(null, null, new BrandService.BrandValueData("Bold", null, null, null));
        UI.getCurrent().add(new BrandValuesTab(brand, true));

        List<Button> actions = buttons($(Card.class).all().get(1));
        assertThat(actions).extracting(Button::getAriaLabel).extracting(o -> o.orElse(""))
                .containsExactly("Edit", "Move up", "Move down", "Delete");
        test(actions.get(1)).click(); // move up
        assertThat(brand.values()).extracting(BrandValue::getName).containsExactly("Bold", "Caring");

        test(buttons($(Card.class).all().get(1)).getFirst()).click(); // edit "Caring"
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("Edit brand value");
        assertThat($(TextArea.class).id("brand-value-description").getValue()).isEqualTo("Care");
        TextField name = $(TextField.class).id("brand-value-name");
        assertThat(name.getValue()).isEqualTo("Caring");
        name.setValue(bold.getName());
        test($(Button.class).id("editor-save")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("There is already a brand value called Bold.");
    }

    @Test
    void personasHaveNoOrderOfTheirOwnAndSaveTheirOtherFields() {
        UI.getCurrent().add(new PersonasTab(brand, true));
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("No personas yet.");
        test($(Button.class).id("add-persona")).click();
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("Add persona");
        $(TextField.class).id("persona-name").setValue("Starter");
        List<TextArea> areas = $(TextArea.class).all();
        assertThat(areas).extracting(TextArea::getLabel)
                .containsExactly("Description", "Context", "Needs", "Conscious expectations");
        areas.get(1).setValue("Moving house");
        test($(Button.class).id("editor-save")).click();
        assertThat(brand.personas()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("Starter");
            assertThat(p.getContext()).isEqualTo("Moving house");
        });

        assertThat(buttons($(Card.class).single())).extracting(b -> b.getAriaLabel().orElse(""))
                .containsExactly("Edit", "Delete");
        Persona saved = brand.personas().getFirst();
        brand.savePersona(saved.getId(), saved.getVersion(), new BrandService.PersonaData("Starter", "New here",
                "Moving house", null, null, List.of(DeepDriver.values()[0].name()), ExperienceOrientation.values()[0]));
        UI.getCurrent().removeAll();
        UI.getCurrent().add(new PersonasTab(brand, true));
        test(buttons($(Card.class).single()).getFirst()).click();
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("Edit persona");
        assertThat($(TextArea.class).all()).extracting(TextArea::getValue).containsExactly("New here", "Moving house", "", "");
    }

    @Test
    void aListOfNamesAddsInlineRefusesOnTheFieldAndRenamesInADialog() {
        NamedListTab<Channel> channels = new NamedListTab<>("brand.channels", true, new NamedListTab.Operations<>() {
            public List<Channel> list() { return brand.channels(); }
            public void save(java.util.UUID id, Long version, String name) { brand.saveChannel(id, version, name); }
            public void delete(java.util.UUID id) { brand.deleteChannel(id); }
            public void move(java.util.UUID id, int direction) { brand.moveChannel(id, direction); }
        }, Channel::getId, Channel::getVersion, Channel::getName);
        UI.getCurrent().add(channels);
        assertThat(channels.getMaxWidth()).isEqualTo("40rem");
        @SuppressWarnings("unchecked")
        Grid<Channel> grid = $(Grid.class).single();
        assertThat(grid.getEmptyStateText()).isEqualTo("No channels yet.");

        TextField newName = $(TextField.class).id("brand-channels-new");
        test($(Button.class).id("brand-channels-add")).click();
        assertThat(newName.isInvalid()).isTrue();
        assertThat(newName.getErrorMessage()).isEqualTo("Enter a name.");

        newName.setValue("Shop");
        test($(Button.class).id("brand-channels-add")).click();
        assertThat(newName.isInvalid()).isFalse();
        assertThat(newName.getValue()).isEmpty();
        assertThat(brand.channels()).extracting(Channel::getName).containsExactly("Shop");

        newName.setValue("Shop");
        test($(Button.class).id("brand-channels-add")).click();
        assertThat(newName.getErrorMessage()).isEqualTo("There is already a channel called Shop.");
    }

    @Test
    void readersSeeTheItemsWithoutWaysToChangeThem() {
        brand.saveValue(null, null, new BrandService.BrandValueData("Caring", null, null, null));
        UI.getCurrent().add(new BrandValuesTab(brand, false), new PersonasTab(brand, false));
        assertThat($(Button.class).all()).isEmpty();
        assertThat($(Card.class).all()).hasSize(1);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("No personas yet.");
    }

    /** The card's action buttons: the header suffix sits in a slot the component query does not walk into. */
    private static List<Button> buttons(Card card) {
        return descendants(card.getElement()).flatMap(e -> e.getComponent().stream())
                .filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private static java.util.stream.Stream<com.vaadin.flow.dom.Element> descendants(com.vaadin.flow.dom.Element element) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element),
                element.getChildren().flatMap(NamedListTabViewTest::descendants));
    }
}
