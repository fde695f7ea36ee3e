package app.momentum.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Missing and too long get their own messages, and a form's problems are refused together. */
class ValidationTest {

    @Test
    void aMissingNameIsNotReportedAsTooLong() {
        assertThatThrownBy(() -> Validation.requireName("  ")).hasMessage("validation.nameRequired");
        assertThatThrownBy(() -> Validation.requireName(null)).hasMessage("validation.nameRequired");
        UserFacingException tooLong = catchThrowableOfType(UserFacingException.class,
                () -> Validation.requireName("x".repeat(Validation.MAX_NAME_LENGTH + 1)));
        assertThat(tooLong.messageKey()).isEqualTo("validation.tooLong");
        assertThat(tooLong.arguments()).containsExactly(Validation.MAX_NAME_LENGTH);
        assertThat(Validation.requireName(" " + "x".repeat(Validation.MAX_NAME_LENGTH) + " "))
                .hasSize(Validation.MAX_NAME_LENGTH);
    }

    @Test
    void aMissingEmailIsNotReportedAsInvalid() {
        assertThatThrownBy(() -> Validation.requireEmail("")).hasMessage("validation.emailRequired");
        assertThatThrownBy(() -> Validation.requireEmail(null)).hasMessage("validation.emailRequired");
        assertThatThrownBy(() -> Validation.requireEmail("not-an-email")).hasMessage("validation.email");
        assertThat(Validation.requireEmail(" a@b.nl ")).isEqualTo("a@b.nl");
    }

    @Test
    void checksCollectEveryRefusedFieldInFormOrder() {
        Validation.Checks checks = Validation.checks();
        String name = checks.field("name", () -> Validation.requireName(""));
        String email = checks.field("email", () -> Validation.requireEmail("a@b.nl"));
        checks.require("slug", false, "tenants.error.slugFormat", "x");
        checks.require("locale", true, "tenants.error.locale");
        String admin = checks.field("adminName", () -> Validation.requireName("y".repeat(201)));

        assertThat(name).isNull();
        assertThat(email).isEqualTo("a@b.nl");
        assertThat(admin).isNull();
        assertThat(checks.hasProblems()).isTrue();
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, checks::throwIfAny);
        assertThat(refused.problems()).extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("name", "slug", "adminName");
        assertThat(refused.problems()).extracting(p -> p.problem().messageKey())
                .containsExactly("validation.nameRequired", "tenants.error.slugFormat", "validation.tooLong");
        assertThat(refused.problems().get(1).problem().arguments()).containsExactly("x");
        // read as one problem (a notification, the API), it is the first
        assertThat(refused.messageKey()).isEqualTo("validation.nameRequired");
    }

    @Test
    void checksWithoutProblemsRefuseNothing() {
        Validation.Checks checks = Validation.checks();
        checks.require("slug", true, "tenants.error.slugFormat");
        assertThat(checks.field("name", () -> "kept")).isEqualTo("kept");
        assertThat(checks.hasProblems()).isFalse();
        checks.throwIfAny();
    }

    @Test
    void nestedChecksKeepTheirOwnFieldNames() {
        Validation.Checks inner = Validation.checks();
        inner.require("title", false, "action.error.title");
        Validation.Checks outer = Validation.checks();
        outer.field("action", () -> {
            inner.throwIfAny();
            return null;
        });
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, outer::throwIfAny);
        assertThat(refused.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("title");
    }

    @Test
    void anInvalidInputNeedsAProblem() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOldNameCheckStillAnswers() {
        assertThat(Validation.isName("a")).isTrue();
        assertThat(Validation.isName(" ")).isFalse();
        assertThat(Validation.isName(null)).isFalse();
        assertThat(Validation.isName("x".repeat(201))).isFalse();
        assertThat(Validation.isName("x".repeat(200))).isTrue();
        assertThat(Validation.isEmail("x@y.z")).isTrue();
        assertThat(Validation.isEmail(null)).isFalse();
        assertThat(Validation.isEmail("a@" + "b".repeat(320) + ".nl")).isFalse();
    }
}
