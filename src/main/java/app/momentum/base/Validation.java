package app.momentum.base;

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

    public static String requireEmail(String value) {
        if (!isEmail(value)) {
            throw new UserFacingException("validation.email");
        }
        return value.strip();
    }

    public static String requireName(String value) {
        if (!isName(value)) {
            throw new UserFacingException("validation.name", MAX_NAME_LENGTH);
        }
        return value.strip();
    }
}
