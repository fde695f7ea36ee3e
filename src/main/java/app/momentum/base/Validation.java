package app.momentum.base;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Input rules shared by services and forms, so both give the same answer. */
public final class Validation {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MAX_EMAIL_LENGTH = 320;
    public static final int MAX_NAME_LENGTH = 200;

    private Validation() {
    }

    public static boolean isEmail(String value) {
        return value != null && value.strip().length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(value.strip()).matches();
    }

    public static boolean isName(String value) {
        return value != null && !value.isBlank() && value.strip().length() <= MAX_NAME_LENGTH;
    }

    /** An email address: "validation.emailRequired" when blank, "validation.email" when it is not one. */
    public static String requireEmail(String value) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException("validation.emailRequired");
        }
        if (!isEmail(value)) {
            throw new UserFacingException("validation.email");
        }
        return value.strip();
    }

    /** A person's or organisation's name: "validation.nameRequired" when blank, "validation.tooLong" when too long. */
    public static String requireName(String value) {
        return Texts.required(value, MAX_NAME_LENGTH, "validation.nameRequired");
    }

    /** Starts collecting the problems of a whole form; see {@link Checks}. */
    public static Checks checks() {
        return new Checks();
    }

    /**
     * Runs every field's check of a form and refuses them together: one {@link InvalidInputException} with a
     * problem per refused field, or nothing when all pass. Call {@link #throwIfAny()} before changing anything.
     * <pre>
     * Validation.Checks checks = Validation.checks();
     * String name = checks.field("name", () -&gt; Validation.requireName(input.name()));
     * String email = checks.field("email", () -&gt; Validation.requireEmail(input.email()));
     * checks.throwIfAny();
     * </pre>
     */
    public static final class Checks {

        private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

        private Checks() {
        }

        /** The checked value, or null when the check refused it (the problem is kept for {@link #throwIfAny()}). */
        public <T> T field(String field, Supplier<T> check) {
            try {
                return check.get();
            } catch (InvalidInputException several) {
                problems.addAll(several.problems());
            } catch (UserFacingException problem) {
                problems.add(new InvalidInputException.FieldProblem(field, problem));
            }
            return null;
        }

        /** Records a problem on {@code field} when {@code valid} is false. */
        public void require(String field, boolean valid, String messageKey, Object... arguments) {
            if (!valid) {
                problems.add(new InvalidInputException.FieldProblem(field, new UserFacingException(messageKey, arguments)));
            }
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
