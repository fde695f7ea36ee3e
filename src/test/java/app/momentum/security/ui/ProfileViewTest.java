package app.momentum.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.user.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Changing one's own password: an easily guessed one is refused with the reason, in the user's language. */
@SpringBootTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired UserAccountService accounts;
    @Autowired PasswordEncoder passwordEncoder;

    TestTenant tenant;

    @BeforeEach
    void logIn() {
        tenant = fixture.create("profile");
        tenant.loginAs(Role.CONTRIBUTOR);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aCommonPasswordIsRefusedWithTheReason() {
        changePassword("password12");
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("This is one of the most common passwords. Choose a few uncommon words instead.");
        assertThat(passwordStillIs(TenantFixture.PASSWORD)).isTrue();
    }

    @Test
    void aRepeatedCharacterPasswordIsRefusedInDutch() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        changePassword("aaaaaaaaaa");
        assertThat(test($(Notification.class).last()).getText()).startsWith("Herhalingen en reeksen zoals \"aaaa\"");
        assertThat(passwordStillIs(TenantFixture.PASSWORD)).isTrue();
    }

    @Test
    void aPasswordOfUncommonWordsIsAccepted() {
        changePassword("lantern-otter-quince");
        assertThat(passwordStillIs("lantern-otter-quince")).isTrue();
    }

    private void changePassword(String newPassword) {
        ProfileView view = navigate(ProfileView.class);
        test($(PasswordField.class, view).id("password-current")).setValue(TenantFixture.PASSWORD);
        test($(PasswordField.class, view).id("password-new")).setValue(newPassword);
        test($(PasswordField.class, view).id("password-confirm")).setValue(newPassword);
        test($(Button.class, view).id("password-save")).click();
    }

    private boolean passwordStillIs(String password) {
        return passwordEncoder.matches(password,
                accounts.find(tenant.user(Role.CONTRIBUTOR).getId()).orElseThrow().getPasswordHash());
    }
}
