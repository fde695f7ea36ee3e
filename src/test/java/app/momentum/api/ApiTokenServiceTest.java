package app.momentum.api;

import app.momentum.api.internal.ApiToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Tokens are stored hashed, shown once, revocable, scoped, and belong to one tenant. */
@SpringBootTest
class ApiTokenServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired ApiTokenService tokens;
    @Autowired JdbcTemplate jdbc;

    TestTenant energy;
    TestTenant bank;

    @BeforeEach
    void tenants() {
        energy = fixture.create("tokens-energy");
        bank = fixture.create("tokens-bank");
        energy.loginAs(Role.TENANT_ADMIN);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void storesOnlyTheHashAndAPrefixNeverTheToken() {
        ApiTokenService.CreatedToken created = tokens.create("Survey tool", ApiTokenScope.READ_WRITE);
        String plaintext = created.plaintext();

        assertThat(plaintext).startsWith("mtm_").hasSize(4 + 43);
        Map<String, Object> row = jdbc.queryForMap("select * from api_token where id = ?", created.token().getId());
        assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(plaintext)).asString().hasSize(64).isNotEqualTo(plaintext);
        assertThat(row.get("token_prefix")).isEqualTo(plaintext.substring(0, 12));
        assertThat(row.get("tenant_id")).isEqualTo(energy.id());
        assertThat(row.get("created_by")).isEqualTo(energy.user(Role.TENANT_ADMIN).getId());
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(plaintext.substring(4)));
        assertThat(tokens.create("Another", ApiTokenScope.READ).plaintext()).isNotEqualTo(plaintext);
    }

    @Test
    void authenticatesActiveTokensWithTheirTenantAndScopeUntilRevoked() {
        String readWrite = tokens.create("Writer", ApiTokenScope.READ_WRITE).plaintext();
        ApiTokenService.CreatedToken read = tokens.create("Reader", ApiTokenScope.READ);
        TestLogin.logout();

        assertThat(tokens.authenticate(readWrite)).hasValueSatisfying(identity -> {
            assertThat(identity.tenantId()).isEqualTo(energy.id());
            assertThat(identity.scope()).isEqualTo(ApiTokenScope.READ_WRITE);
        });
        assertThat(tokens.authenticate(read.plaintext())).get().extracting(ApiTokenService.TokenIdentity::scope)
                .isEqualTo(ApiTokenScope.READ);
        assertThat(tokens.authenticate("mtm_wrong")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();

        energy.loginAs(Role.TENANT_ADMIN);
        assertThat(tokens.list()).filteredOn(t -> t.getId().equals(read.token().getId())).singleElement()
                .satisfies(t -> assertThat(t.getLastUsedAt()).isNotNull());
        tokens.revoke(read.token().getId());
        tokens.revoke(read.token().getId());
        TestLogin.logout();
        assertThat(tokens.authenticate(read.plaintext())).isEmpty();
        assertThat(tokens.authenticate(readWrite)).isPresent();
    }

    @Test
    void aNameIsRequiredAndScopeMustBeChosen() {
        assertThatThrownBy(() -> tokens.create("  ", ApiTokenScope.READ)).isInstanceOf(UserFacingException.class)
                .hasMessage("apiTokens.error.name");
        assertThatThrownBy(() -> tokens.create("x".repeat(101), ApiTokenScope.READ)).isInstanceOf(UserFacingException.class)
                .hasMessage("validation.tooLong");
        assertThatThrownBy(() -> tokens.create("Tool", null)).isInstanceOf(UserFacingException.class)
                .hasMessage("apiTokens.error.scope");
    }

    @Test
    void anotherTenantsTokensAreNeitherListedNorRevocable() {
        ApiToken own = tokens.create("Own", ApiTokenScope.READ).token();
        bank.loginAs(Role.TENANT_ADMIN);
        String bankToken = tokens.create("Bank", ApiTokenScope.READ).plaintext();
        assertThat(tokens.list()).extracting(ApiToken::getName).containsExactly("Bank");
        assertThatThrownBy(() -> tokens.revoke(own.getId())).isInstanceOf(UserFacingException.class).hasMessage("error.notFound");

        energy.loginAs(Role.TENANT_ADMIN);
        assertThat(tokens.list()).extracting(ApiToken::getName).containsExactly("Own");
        assertThat(tokens.list()).singleElement().satisfies(t -> assertThat(t.isActive()).isTrue());
        TestLogin.logout();
        assertThat(tokens.authenticate(bankToken)).get().extracting(ApiTokenService.TokenIdentity::tenantId).isEqualTo(bank.id());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "TENANT_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyTenantAdminsManageTokens(Role role) {
        ApiToken own = tokens.create("Own", ApiTokenScope.READ).token();
        energy.loginAs(role);
        assertThatThrownBy(() -> tokens.create("Mine", ApiTokenScope.READ_WRITE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.revoke(own.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void demoTokensFromTheSettingExistForTheDemoTenantsOnly() {
        TestLogin.logout();
        assertThat(tokens.authenticate(app.momentum.testsupport.TestDatabaseEnvironment.DEMO_ENERGY_API_TOKEN))
                .get().extracting(ApiTokenService.TokenIdentity::scope).isEqualTo(ApiTokenScope.READ_WRITE);
        assertThat(tokens.authenticate(app.momentum.testsupport.TestDatabaseEnvironment.DEMO_BANK_API_TOKEN)).isPresent();
        assertThat(tokens.authenticate("test-unknown-tenant-token")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class,
                ApiTokens.hash(app.momentum.testsupport.TestDatabaseEnvironment.DEMO_ENERGY_API_TOKEN))).isEqualTo(1);
    }

    @Test
    void theDemoSettingIsParsedLeniently() {
        assertThat(DemoApiTokens.parse(" demo-energy:abc , ,demo-bank:d:e, broken, :x, y: ")).containsExactly(
                new DemoApiTokens.Entry("demo-energy", "abc"), new DemoApiTokens.Entry("demo-bank", "d:e"));
        assertThat(DemoApiTokens.parse("")).isEqualTo(List.of());
        assertThat(DemoApiTokens.parse(null)).isEmpty();
    }
}
