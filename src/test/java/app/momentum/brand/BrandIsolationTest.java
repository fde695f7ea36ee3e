package app.momentum.brand;

import app.momentum.brand.internal.Persona;
import app.momentum.brand.internal.Channel;
import app.momentum.brand.internal.BrandValue;
import app.momentum.brand.internal.GuidingPrinciple;
import app.momentum.brand.internal.PersonaRepository;
import app.momentum.brand.internal.GuidingPrincipleRepository;
import app.momentum.brand.internal.ChannelRepository;
import app.momentum.brand.internal.BrandValueRepository;
import app.momentum.brand.internal.BrandProfileRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.base.UserFacingException;
import app.momentum.discipline.internal.DisciplineRepository;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.support.TransactionTemplate;

/** No brand entity of one tenant can be read, listed, changed or deleted by another tenant. */
@SpringBootTest
class BrandIsolationTest {

    @Autowired TenantFixture fixture;
    @Autowired BrandService brand;
    @Autowired TenantDefaults tenantDefaults;
    @Autowired TransactionTemplate transaction;
    @Autowired BrandValueRepository values;
    @Autowired GuidingPrincipleRepository principles;
    @Autowired ChannelRepository channels;
    @Autowired PersonaRepository personas;
    @Autowired BrandProfileRepository profiles;
    @Autowired DisciplineRepository disciplines;

    TestTenant energy;
    TestTenant bank;
    BrandValue bankValue;
    GuidingPrinciple bankPrinciple;
    Channel bankChannel;
    Persona bankPersona;

    @BeforeEach
    void bankHasAFullBrand() {
        energy = fixture.create("energy");
        bank = fixture.create("bank");
        bank.loginAs(Role.CX_MANAGER);
        transaction.executeWithoutResult(s -> tenantDefaults.apply(Locale.ENGLISH));
        bankValue = brand.saveValue(null, null, new BrandService.BrandValueData("Trustworthy", "secret", null, null));
        bankPrinciple = brand.savePrinciple(null, null, new BrandService.PrincipleData("Bank principle", null, List.of(bankValue.getId())));
        bankChannel = brand.channels().getFirst();
        bankPersona = brand.savePersona(null, null, new BrandService.PersonaData("Bank persona", null, null, null, null, List.of(), null));
        brand.saveProfile(null, "Bank promise", "Bank pay-off", new BigDecimal("0.3"));
        energy.loginAs(Role.CX_MANAGER);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void listsShowNothingOfTheOtherTenant() {
        assertThat(brand.values()).isEmpty();
        assertThat(brand.principles()).isEmpty();
        assertThat(brand.channels()).isEmpty();
        assertThat(brand.personas()).isEmpty();
        assertThat(brand.profile().getBrandPromise()).isNull();
        assertThat(disciplines.findAll()).isEmpty();
    }

    @Test
    void idsOfTheOtherTenantAreNotFound() {
        assertInvisible(values, bankValue);
        assertInvisible(principles, bankPrinciple);
        assertInvisible(channels, bankChannel);
        assertInvisible(personas, bankPersona);
    }

    @Test
    void theOtherTenantsItemsCannotBeChangedOrDeleted() {
        assertNotFound(() -> brand.saveValue(bankValue.getId(), bankValue.getVersion(),
                new BrandService.BrandValueData("Hacked", null, null, null)));
        assertNotFound(() -> brand.deleteValue(bankValue.getId()));
        assertNotFound(() -> brand.moveValue(bankValue.getId(), 1));
        assertNotFound(() -> brand.savePrinciple(bankPrinciple.getId(), bankPrinciple.getVersion(),
                new BrandService.PrincipleData("Hacked", null, List.of())));
        assertNotFound(() -> brand.deletePrinciple(bankPrinciple.getId()));
        assertNotFound(() -> brand.saveChannel(bankChannel.getId(), bankChannel.getVersion(), "Hacked"));
        assertNotFound(() -> brand.deleteChannel(bankChannel.getId()));
        assertNotFound(() -> brand.savePersona(bankPersona.getId(), bankPersona.getVersion(),
                new BrandService.PersonaData("Hacked", null, null, null, null, List.of(), null)));
        assertNotFound(() -> brand.deletePersona(bankPersona.getId()));
        // linking another tenant's value to an own principle is refused as well
        assertNotFound(() -> brand.savePrinciple(null, null, new BrandService.PrincipleData("Mine", null, List.of(bankValue.getId()))));

        bank.loginAs(Role.CX_MANAGER);
        assertThat(brand.values()).singleElement().extracting(BrandValue::getName).isEqualTo("Trustworthy");
        assertThat(brand.principles()).singleElement().extracting(GuidingPrinciple::getStatement).isEqualTo("Bank principle");
        assertThat(brand.personas()).singleElement().extracting(Persona::getName).isEqualTo("Bank persona");
        assertThat(brand.channels()).extracting(Channel::getName).doesNotContain("Hacked");
        assertThat(brand.profile().getBrandPromise()).isEqualTo("Bank promise");
    }

    private static <T extends TenantOwnedEntity> void assertInvisible(JpaRepository<T, UUID> repository, T foreign) {
        assertThat(repository.findById(foreign.getId())).isEmpty();
        assertThat(repository.findAllById(List.of(foreign.getId()))).isEmpty();
        assertThat(repository.existsById(foreign.getId())).isFalse();
    }

    private static void assertNotFound(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessage("error.notFound");
    }
}
