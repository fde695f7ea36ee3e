package app.momentum.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.platform.ui.TenantsView;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.ui.MembersView;
import app.momentum.testsupport.TenantFixture;
import app.momentum.security.ui.ProfileView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An empty form shows every problem at once, each with the message that fits it (missing vs. too long). */
@SpringBootTest
class FormErrorsViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void anEmptyNewTenantFormMarksEveryField() {
        TestLogin.as(fixture.platformAdmin(), null, null);
        navigate(TenantsView.class);
        test($(Button.class).id("new-tenant")).click();
        test($(Button.class).id("tenant-save")).click();

        assertThat(error($(TextField.class).id("tenant-name"))).isEqualTo("Enter a name.");
        assertThat(error($(TextField.class).id("tenant-slug"))).startsWith("Use 3–63 lower-case letters");
        assertThat(error($(EmailField.class).id("tenant-admin-email"))).isEqualTo("Enter an email address.");
        assertThat(error($(TextField.class).id("tenant-admin-name"))).isEqualTo("Enter a name.");

        // fixed fields are cleared on the next try; what is still wrong stays marked
        $(TextField.class).id("tenant-name").setValue("Acme");
        $(EmailField.class).id("tenant-admin-email").setValue("not-an-email");
        test($(Button.class).id("tenant-save")).click();
        assertThat($(TextField.class).id("tenant-name").isInvalid()).isFalse();
        assertThat(error($(EmailField.class).id("tenant-admin-email"))).isEqualTo("Enter a valid email address, such as name@example.com.");
        assertThat(error($(TextField.class).id("tenant-admin-name"))).isEqualTo("Enter a name.");
    }

    @Test
    void anEmptyNewMemberFormMarksEmailAndName() {
        fixture.create("form-errors").loginAs(Role.TENANT_ADMIN);
        navigate(MembersView.class);
        test($(Button.class).id("add-member")).click();
        test($(Button.class).id("new-member-save")).click();

        assertThat(error($(EmailField.class).id("new-member-email"))).isEqualTo("Enter an email address.");
        assertThat(error($(TextField.class).id("new-member-name"))).isEqualTo("Enter a name.");
    }

    @Test
    void anEmptyProfileNameIsMissingNotTooLong() {
        fixture.create("profile-errors").loginAs(Role.EXECUTIVE);
        navigate(ProfileView.class);
        TextField name = $(TextField.class).id("profile-name");
        name.setValue("");
        test($(Button.class).id("profile-save")).click();
        assertThat(error(name)).isEqualTo("Enter a name.");
    }

    private static String error(TextField field) {
        assertThat(field.isInvalid()).as(field.getId().orElseThrow() + " marked invalid").isTrue();
        return field.getErrorMessage();
    }

    private static String error(EmailField field) {
        assertThat(field.isInvalid()).as(field.getId().orElseThrow() + " marked invalid").isTrue();
        return field.getErrorMessage();
    }
}
