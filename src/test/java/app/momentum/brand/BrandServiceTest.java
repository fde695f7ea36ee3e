package app.momentum.brand;

import app.momentum.brand.internal.Persona;
import app.momentum.brand.internal.Channel;
import app.momentum.brand.internal.BrandValue;
import app.momentum.brand.internal.GuidingPrinciple;
import app.momentum.brand.internal.BrandProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.UserFacingException;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The brand foundation: validation, order, links, concurrent edits and who may change it. */
@SpringBootTest
class BrandServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired BrandService brand;
    @Autowired TenantDefaults tenantDefaults;
    @Autowired app.momentum.discipline.internal.DisciplineRepository disciplines;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    TestTenant tenant;

    @BeforeEach
    void loginAsCxManager() {
        tenant = fixture.create("brand");
        tenant.loginAs(Role.CX_MANAGER);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void valuesAreKeptInTheOrderTheUserGivesThem() {
        BrandValue personal = value("Personal");
        BrandValue reliable = value("Reliable");
        BrandValue bold = value("Bold");
        assertThat(names()).containsExactly("Personal", "Reliable", "Bold");
        brand.moveValue(bold.getId(), -1);
        assertThat(names()).containsExactly("Personal", "Bold", "Reliable");
        brand.moveValue(personal.getId(), -1); // already first: nothing changes
        brand.moveValue(reliable.getId(), 1);  // already last
        assertThat(names()).containsExactly("Personal", "Bold", "Reliable");
    }

    @Test
    void namesAreRequiredUniqueAndLimited() {
        value("Personal");
        assertRefused(() -> value("  "), "brand.error.nameRequired");
        assertRefused(() -> value("personal"), "brand.error.valueNameTaken");
        assertRefused(() -> value("x".repeat(101)), "validation.tooLong");
        assertRefused(() -> brand.saveChannel(null, null, ""), "brand.error.nameRequired");
        assertThat(brand.values()).hasSize(1);
    }

    @Test
    void everyRefusedFieldOfAValueOrPersonaIsReportedAtOnceAndNothingIsStored() {
        var value = org.assertj.core.api.Assertions.catchThrowableOfType(app.momentum.base.InvalidInputException.class,
                () -> brand.saveValue(null, null, new BrandService.BrandValueData(" ", "x".repeat(2001), null,
                        "y".repeat(2001))));
        assertThat(value.problems()).extracting(p -> p.field() + ":" + p.problem().messageKey())
                .containsExactly("name:brand.error.nameRequired", "description:validation.tooLong",
                        "behaviour:validation.tooLong");
        var persona = org.assertj.core.api.Assertions.catchThrowableOfType(app.momentum.base.InvalidInputException.class,
                () -> brand.savePersona(null, null, new BrandService.PersonaData("", null, "x".repeat(2001), null,
                        "z".repeat(2001), java.util.List.of(), null)));
        assertThat(persona.problems()).extracting(p -> p.field() + ":" + p.problem().messageKey())
                .containsExactly("name:brand.error.nameRequired", "context:validation.tooLong",
                        "consciousExpectations:validation.tooLong");
        assertThat(brand.values()).isEmpty();
        assertThat(brand.personas()).isEmpty();
    }

    @Test
    void textIsStoredAsTypedIncludingMarkup() {
        BrandValue value = brand.saveValue(null, null, new BrandService.BrandValueData(
                "<b>Bold</b>", "<script>alert(1)</script>", "  ", null));
        assertThat(value.getName()).isEqualTo("<b>Bold</b>");
        assertThat(value.getDescription()).isEqualTo("<script>alert(1)</script>");
        assertThat(value.getCustomerFeeling()).isNull();
    }

    @Test
    void deletingAValueUnlinksItFromPrinciples() {
        BrandValue personal = value("Personal");
        BrandValue reliable = value("Reliable");
        GuidingPrinciple principle = brand.savePrinciple(null, null, new BrandService.PrincipleData(
                "We call back when we said we would", "Trust", List.of(personal.getId(), reliable.getId())));
        brand.deleteValue(personal.getId());
        assertThat(brand.principles()).singleElement()
                .satisfies(p -> assertThat(p.getBrandValueIds()).containsExactly(reliable.getId()));
        assertThat(principle.getStatement()).isEqualTo("We call back when we said we would");
    }

    @Test
    void aStaleEditIsRefusedAndTheNewerOneKept() {
        BrandValue loaded = value("Personal");
        brand.saveValue(loaded.getId(), loaded.getVersion(), new BrandService.BrandValueData("Personal", "first", null, null));
        assertThatThrownBy(() -> brand.saveValue(loaded.getId(), loaded.getVersion(),
                new BrandService.BrandValueData("Personal", "second", null, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(brand.values().getFirst().getDescription()).isEqualTo("first");
    }

    @Test
    void profileKeepsPromisePayOffAndDosingThreshold() {
        BrandProfile saved = brand.saveProfile(null, "Energy without worries", "Simply on", new BigDecimal("0.25"));
        assertThat(brand.profile().getMaxNinePlusShare()).isEqualByComparingTo("0.25");
        assertRefused(() -> brand.saveProfile(saved.getVersion(), "x", "y", BigDecimal.ZERO), "brand.error.maxShare");
        assertRefused(() -> brand.saveProfile(saved.getVersion(), "x", "y", new BigDecimal("1.5")), "brand.error.maxShare");
        assertThatThrownBy(() -> brand.saveProfile(saved.getVersion() - 1, "x", "y", new BigDecimal("0.3")))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void personaDeepDriversMixBuiltInAndOwnWithoutDuplicates() {
        Persona persona = brand.savePersona(null, null, new BrandService.PersonaData("Young family", null, null, null, null,
                List.of("CARING_FOR_OFFSPRING", "Feeling safe at home", "feeling safe at home", " "), ExperienceOrientation.HOLISTIC));
        assertThat(persona.getDeepDrivers()).containsExactly("CARING_FOR_OFFSPRING", "Feeling safe at home");
    }

    @Test
    void newTenantsStartWithDisciplinesAndChannelsInTheirLanguageOnce() {
        assertThat(brand.channels()).isEmpty(); // the fixture creates tenants without defaults
        transaction.executeWithoutResult(status -> tenantDefaults.apply(java.util.Locale.forLanguageTag("nl")));
        transaction.executeWithoutResult(status -> tenantDefaults.apply(java.util.Locale.ENGLISH));
        assertThat(brand.channels()).extracting(Channel::getName)
                .containsExactly("Website", "App", "Telefoon", "Winkel", "E-mail", "Brief", "Buitendienst");
        assertThat(disciplines.findAllByOrderByPositionAsc()).extracting(d -> d.getName())
                .containsExactly("Marketing", "HR", "Operations/klantenservice");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CONTRIBUTOR", "EXECUTIVE"})
    void contributorsAndExecutivesReadButCannotChangeTheBrand(Role role) {
        value("Personal");
        tenant.loginAs(role);
        assertThat(brand.values()).hasSize(1);
        assertThatThrownBy(() -> value("Other")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> brand.deleteValue(brand.values().getFirst().getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> brand.saveChannel(null, null, "Web")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> brand.saveProfile(null, "x", "y", BigDecimal.ONE)).isInstanceOf(AccessDeniedException.class);
    }

    private BrandValue value(String name) {
        return brand.saveValue(null, null, new BrandService.BrandValueData(name, null, null, null));
    }

    private List<String> names() {
        return brand.values().stream().map(BrandValue::getName).toList();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessage(messageKey);
    }
}
