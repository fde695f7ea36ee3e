package app.momentum.brand.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.brand.BrandService;
import app.momentum.brand.internal.BrandValue;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A length-limited field (here a brand value's description, 2,000 characters) keeps everything pasted into it,
 * counts near the limit and says how much too long the text is; the save is refused and nothing is stored cut.
 */
@SpringBootTest
class TextLimitsViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired BrandService brand;

    @BeforeEach
    void login() {
        fixture.create("text-limits").loginAs(Role.CX_MANAGER);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void tooLongTextIsKeptCountedAndRefusedWithAMessageNeverCut() {
        navigate(BrandView.class);
        test($(Button.class).id("add-brand-value")).click();
        $(TextField.class).id("brand-value-name").setValue("Caring");
        TextArea description = $(TextArea.class).id("brand-value-description");

        // the browser would silently drop what a paste brings beyond a maxlength attribute: there is none
        assertThat(description.getElement().hasProperty("maxlength")).isFalse();
        assertThat(description.getHelperText()).isNullOrEmpty(); // far from the limit: no counter

        description.setValue("x".repeat(10_000));
        assertThat(description.getValue()).hasSize(10_000);
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage())
                .isEqualTo("Too long: 10,000 characters, at most 2,000. Shorten it by 8,000.");
        assertThat(description.getHelperText()).isEqualTo("10,000 / 2,000");

        test($(Button.class).id("editor-save")).click();
        assertThat($(Dialog.class).all()).hasSize(1); // still open, nothing stored
        assertThat(brand.values()).isEmpty();

        description.setValue("y".repeat(1_950));
        assertThat(description.isInvalid()).isFalse();
        assertThat(description.getHelperText()).isEqualTo("1,950 / 2,000");
        test($(Button.class).id("editor-save")).click();
        assertThat(brand.values()).singleElement().extracting(BrandValue::getDescription)
                .isEqualTo("y".repeat(1_950));
    }
}
