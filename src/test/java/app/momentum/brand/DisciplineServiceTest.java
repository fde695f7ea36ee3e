package app.momentum.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.discipline.internal.Discipline;
import app.momentum.discipline.DisciplineService;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Disciplines are the tenant's own: editable by admins and CX managers, unique by name, never shared. */
@SpringBootTest
class DisciplineServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired DisciplineService disciplines;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void addRenameOrderAndDelete() {
        TestTenant tenant = fixture.create("disciplines");
        tenant.loginAs(Role.CX_MANAGER);
        Discipline marketing = disciplines.save(null, null, "Marketing");
        Discipline it = disciplines.save(null, null, "IT");
        disciplines.move(it.getId(), -1);
        assertThat(disciplines.list()).extracting(Discipline::getName).containsExactly("IT", "Marketing");
        Discipline moved = disciplines.list().get(1); // reordering changed its position, so its version too
        disciplines.save(moved.getId(), moved.getVersion(), "Marketing & sales");
        assertThatThrownBy(() -> disciplines.save(null, null, "it")).isInstanceOf(UserFacingException.class)
                .hasMessage("discipline.error.nameTaken");
        disciplines.delete(it.getId());
        assertThat(disciplines.list()).extracting(Discipline::getName).containsExactly("Marketing & sales");

        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(disciplines.list()).hasSize(1);
        assertThatThrownBy(() -> disciplines.save(null, null, "HR")).isInstanceOf(AccessDeniedException.class);

        TestTenant other = fixture.create("other");
        other.loginAs(Role.TENANT_ADMIN);
        assertThat(disciplines.list()).isEmpty();
        assertThatThrownBy(() -> disciplines.delete(marketing.getId())).hasMessage("error.notFound");
        assertThatThrownBy(() -> disciplines.save(marketing.getId(), marketing.getVersion() + 1, "Hacked"))
                .hasMessage("error.notFound");
    }
}
