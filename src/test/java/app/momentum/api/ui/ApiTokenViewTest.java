package app.momentum.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.api.internal.ApiToken;
import app.momentum.api.ApiTokenScope;
import app.momentum.api.ApiTokenService;
import app.momentum.base.ui.AccessDeniedView;
import app.momentum.base.ui.NotFoundView;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Tenant admins create a token (shown once), see it listed and revoke it; nobody else opens the page. */
@SpringBootTest
class ApiTokenViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired ApiTokenService tokens;

    TestTenant tenant;

    @BeforeEach
    void admin() {
        tenant = fixture.create("token-view");
        tenant.loginAs(Role.TENANT_ADMIN);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void createsATokenAndShowsItOnceThenRevokesIt() {
        ApiTokenView view = navigate(ApiTokenView.class);
        assertThat(test(grid(view)).size()).isZero();

        test($(Button.class, view).id("api-tokens-new")).click();
        $(TextField.class).id("api-token-name").setValue("Survey tool");
        @SuppressWarnings("unchecked")
        Select<ApiTokenScope> scope = $(Select.class).id("api-token-scope");
        scope.setValue(ApiTokenScope.READ_WRITE);
        test($(Button.class).id("editor-save")).click();

        String shown = $(TextField.class).id("api-token-plaintext").getValue();
        assertThat(shown).startsWith("mtm_");
        assertThat($(Paragraph.class).id("api-token-created-warning").getText()).contains("shown only this once");
        assertThat(tokens.authenticate(shown)).get().extracting(ApiTokenService.TokenIdentity::scope)
                .isEqualTo(ApiTokenScope.READ_WRITE);
        test($(Button.class).id("api-token-created-close")).click();

        Grid<ApiToken> grid = grid(view);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Survey tool");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(shown.substring(0, 12) + "…").doesNotContain(shown.substring(12));
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Read and write");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Never");

        Button revoke = (Button) test(grid).getCellComponent(0, 6);
        assertThat(revoke.getId()).contains("api-token-revoke-" + test(grid).getRow(0).getId());
        test(revoke).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(tokens.authenticate(shown)).isEmpty();
        assertThat(tokens.list()).singleElement().satisfies(t -> assertThat(t.isActive()).isFalse());
    }

    @Test
    void aTokenNeedsANameAndTheMessageIsOnTheField() {
        ApiTokenView view = navigate(ApiTokenView.class);
        test($(Button.class, view).id("api-tokens-new")).click();
        test($(Button.class).id("editor-save")).click();

        TextField name = $(TextField.class).id("api-token-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name for the token.");
        assertThat(tokens.list()).isEmpty();
        assertThat($(TextField.class).withId("api-token-plaintext").exists()).isFalse();
    }

    @Test
    void speaksDutch() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("nl"));
        ApiTokenView view = navigate(ApiTokenView.class);
        assertThat($(Button.class, view).id("api-tokens-new").getText()).isEqualTo("Nieuw token");
    }

    @Test
    void otherRolesCannotOpenThePage() {
        for (Role role : new Role[] {Role.CX_MANAGER, Role.CONTRIBUTOR, Role.EXECUTIVE}) {
            tenant.loginAs(role);
            navigate("api-tokens", Component.class);
            assertThat(Optional.of(getCurrentView())).get().isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiToken> grid(ApiTokenView view) {
        return $(Grid.class, view).id("api-tokens-grid");
    }
}
