package app.momentum.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.ui.NotFoundView;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.ui.MemberView;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Members are opened by opaque id in the URL. Another tenant's id shows "not found", exactly like an id
 * that does not exist — never the member, never an error with details.
 */
@SpringBootTest
class MemberViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;

    TestTenant energy;
    TestTenant bank;

    @BeforeEach
    void login() {
        energy = fixture.create("energy");
        bank = fixture.create("bank");
        energy.loginAs(Role.TENANT_ADMIN);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void ownMemberOpensByTheirId() {
        MemberView view = navigate("administration/members/" + energy.membership(Role.CONTRIBUTOR).getId(), MemberView.class);
        assertThat($(H1.class, view).single().getText()).isEqualTo(energy.user(Role.CONTRIBUTOR).getDisplayName());
    }

    @Test
    void anotherTenantsMemberIsNotFoundLikeAnIdThatDoesNotExist() {
        Component foreign = openMember(bank.membership(Role.CONTRIBUTOR).getId().toString());
        String foreignText = foreign.getElement().getTextRecursively();
        Component missing = openMember(UUID.randomUUID().toString());
        Component garbage = openMember("not-a-uuid");

        assertThat(foreign).isInstanceOf(NotFoundView.class);
        assertThat(missing).isInstanceOf(NotFoundView.class);
        assertThat(garbage).isInstanceOf(NotFoundView.class);
        assertThat(foreignText).isEqualTo(missing.getElement().getTextRecursively()).contains("Not found")
                .doesNotContain(bank.user(Role.CONTRIBUTOR).getDisplayName(), bank.user(Role.CONTRIBUTOR).getEmail());
    }

    @Test
    void deactivatingFromTheViewAsksFirstAndKeepsTheMember() {
        MemberView view = navigate("administration/members/" + energy.membership(Role.EXECUTIVE).getId(), MemberView.class);
        test($(Button.class, view).id("member-deactivate")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        test(confirm).confirm();
        assertThat($(Badge.class, view).id("member-status").getText()).isEqualTo("Deactivated");
        assertThat($(Button.class, view).id("member-reactivate").isVisible()).isTrue();
    }

    @Test
    void aRefusedChangeIsExplainedInTheView() {
        MemberView ownView = navigate("administration/members/" + energy.membership(Role.TENANT_ADMIN).getId(), MemberView.class);
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class, ownView).id("member-role");
        test(role).selectItem("Contributor");
        test($(Button.class, ownView).id("member-save-role")).click();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("You cannot change your own role. Ask another tenant admin.");
    }

    private Component openMember(String id) {
        navigate("administration/members/" + id, Component.class);
        return (Component) getCurrentView();
    }
}
