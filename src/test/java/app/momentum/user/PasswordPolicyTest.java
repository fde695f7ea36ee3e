package app.momentum.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortLongAndBlankPasswordsAreRefusedWithTheirOwnMessage() {
        assertThatThrownBy(() -> PasswordPolicy.check("short")).isInstanceOf(UserFacingException.class)
                .hasMessage("password.error.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check(null)).hasMessage("password.error.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129))).hasMessage("password.error.tooLong");
        assertThatThrownBy(() -> PasswordPolicy.check(" ".repeat(12))).hasMessage("password.error.blank");
        assertThatCode(() -> PasswordPolicy.check("correct horse")).doesNotThrowAnyException();
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

    @Test
    void anAccountLocksAtTheLimitAndUnlocksWhenTheTimeIsUp() {
        AppUser user = new AppUser("a@b.test", "A", "hash");
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(5, Duration.ofMinutes(15), now);
        }
        assertThat(user.isLocked(now)).isFalse();
        user.recordFailedLogin(5, Duration.ofMinutes(15), now);
        assertThat(user.isLocked(now.plusSeconds(60))).isTrue();
        assertThat(user.isLocked(now.plus(Duration.ofMinutes(15)))).isFalse();
    }
}
