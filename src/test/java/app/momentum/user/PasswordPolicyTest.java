package app.momentum.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void shortLongAndBlankPasswordsAreRefusedWithTheirOwnMessage() {
        assertThatThrownBy(() -> PasswordPolicy.check("short")).isInstanceOf(UserFacingException.class)
                .hasMessage("password.error.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check(null)).hasMessage("password.error.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(9))).hasMessage("password.error.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129))).hasMessage("password.error.tooLong");
        assertThatThrownBy(() -> PasswordPolicy.check(" ".repeat(12))).hasMessage("password.error.blank");
        assertThatCode(() -> PasswordPolicy.check("correct horse")).doesNotThrowAnyException();
    }

    @Test
    void theLengthLimitsThemselvesAreAllowed() {
        assertThatCode(() -> PasswordPolicy.check("kq7#vz!mw2")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check(PasswordPolicy.generate().repeat(8))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "aaaaaaaaaa, password.weak.repeat",
            "abcabcabcabc, password.weak.repeat",
            "1234567890, password.weak.common",
            "password12, password.weak.common",
            "qwertyuiop, password.weak.common",
            "P@ssw0rd123, password.weak.similar",
            "wachtwoord, password.weak.common",
            "Welkom123!, password.weak.general",
            "'xcvbnm,./1', password.weak.keyboard",
            "chocolatecake, password.weak.general",
            "19851231aa, password.weak.dates",
            "Jennifer1234, password.weak.names",
            "september2019, password.weak.general",
    })
    void easilyGuessedPasswordsAreRefusedWithTheReason(String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check(password)).isInstanceOf(UserFacingException.class)
                .hasMessage(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixture-password-1", "test-demo-password", "demo-password-1", "my own password",
            "sommerfugl-appel-kaas", "Another-Password-2"})
    void passwordsOfSeveralUncommonPartsAreAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check(password)).doesNotThrowAnyException();
    }

    @Test
    void aPasswordMadeOfTheUsersOwnNameOrAddressIsRefused() {
        List<String> personal = List.of("jan.vandermeulen@zonnestroom.example", "Jan van der Meulen");
        assertThatCode(() -> PasswordPolicy.check("vandermeulen2026")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("vandermeulen2026", personal)).isInstanceOf(UserFacingException.class);
        assertThatCode(() -> PasswordPolicy.check("fixture-password-1", personal)).doesNotThrowAnyException();
    }

    @Test
    void generatedPasswordsPassThePolicyAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String password = PasswordPolicy.generate();
            PasswordPolicy.check(password);
            assertThat(password).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "1", "l", "I");
            seen.add(password);
        }
        assertThat(seen).hasSize(50);
    }
}
