package app.momentum.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claims as Keycloak 26.7 sends them for the dev realm's users (measured, deploy/keycloak/README.md). */
class SsoClaimsTest {

    private static final String ENERGY = "0e6f5a2c-7d41-4b8e-9c3a-1f2e3d4c5b01";
    private static final String BANK = "0e6f5a2c-7d41-4b8e-9c3a-1f2e3d4c5b02";

    @Test
    void aMemberOfTwoOrganisationsBringsBothIdsHerRolesAndLanguage() {
        Map<String, Object> organizations = new LinkedHashMap<>();
        organizations.put("demo-energy", Map.of("id", ENERGY));
        organizations.put("demo-bank", Map.of("id", BANK));
        SsoClaims claims = SsoClaims.from(Map.of("sub", "5e0d-4", "email", "sso-both@demo.example",
                "email_verified", true, "name", "Bo Bakker", "locale", "nl", "organization", organizations,
                "roles", List.of("momentum-cx-manager"), "preferred_username", "sso-both@demo.example"));

        assertThat(claims.subject()).isEqualTo("5e0d-4");
        assertThat(claims.email()).isEqualTo("sso-both@demo.example");
        assertThat(claims.emailVerified()).isTrue();
        assertThat(claims.displayName()).isEqualTo("Bo Bakker");
        assertThat(claims.language()).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(claims.organizations()).containsEntry("demo-energy", ENERGY).containsEntry("demo-bank", BANK);
        assertThat(claims.organizationIds()).containsExactly(ENERGY, BANK);
        assertThat(claims.roles()).containsExactly("momentum-cx-manager");
        assertThat(claims.groups()).isEmpty();
    }

    @Test
    void missingClaimsAreLeftOutNotInventedAndAGroupPathNamesItsGroup() {
        SsoClaims claims = SsoClaims.from(Map.of("sub", "5e0d-5", "email", "sso-none@demo.example",
                "given_name", "Nina", "family_name", "Nobody", "groups", List.of("/momentum-executives"),
                "locale", "en_GB"));

        assertThat(claims.emailVerified()).isFalse();
        assertThat(claims.displayName()).isEqualTo("Nina Nobody");
        assertThat(claims.language()).isEqualTo(Locale.ENGLISH);
        assertThat(claims.organizationIds()).isEmpty();
        assertThat(claims.roles()).isEmpty();
        assertThat(claims.groups()).containsExactly("momentum-executives");
    }

    @Test
    void anOrganisationClaimWithoutIdsGivesNoOrganisationForAnAliasCanBeRenamed() {
        SsoClaims plainList = SsoClaims.from(Map.of("sub", "s", "email", "a@b.example",
                "organization", List.of("demo-energy")));
        SsoClaims withoutId = SsoClaims.from(Map.of("sub", "s", "email", "a@b.example",
                "organization", Map.of("demo-energy", Map.of("name", "Zonnestroom"))));

        assertThat(plainList.organizationIds()).isEmpty();
        assertThat(withoutId.organizationIds()).isEmpty();
    }

    @Test
    void theNameFallsBackToTheUsernameThenTheAddressAndAnUnreadableLocaleIsNone() {
        assertThat(SsoClaims.from(Map.of("sub", "s", "email", "a@b.example", "preferred_username", "ann"))
                .displayName()).isEqualTo("ann");
        SsoClaims bare = SsoClaims.from(Map.of("sub", "s", "email", "a@b.example", "name", "  ", "locale", "-"));
        assertThat(bare.displayName()).isEqualTo("a@b.example");
        assertThat(bare.language()).isNull();
        assertThat(SsoClaims.from(Map.of("sub", "s", "email", "a@b.example", "email_verified", "true"))
                .emailVerified()).isTrue();
        assertThat(SsoClaims.from(Map.of("sub", "s", "email", "a@b.example", "roles", "momentum-executive"))
                .roles()).containsExactly("momentum-executive");
    }

    @Test
    void aTokenWithoutSubjectOrAddressIdentifiesNobody() {
        assertThatThrownBy(() -> SsoClaims.from(Map.of("email", "a@b.example")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sub");
        assertThatThrownBy(() -> SsoClaims.from(Map.of("sub", "s", "email", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e-mail");
    }
}
