package app.momentum.base;

/** Checks and tidies free text the user typed: trimmed, empty as null, within its length limit. */
public final class Texts {

    public static final int SHORT = 100;
    public static final int LONG = 2000;

    private Texts() {
    }

    /** A required text: refused with {@code messageKey} when blank, or with "validation.tooLong" when too long. */
    public static String required(String value, int maxLength, String messageKey) {
        String text = optional(value, maxLength);
        if (text == null) {
            throw new UserFacingException(messageKey);
        }
        return text;
    }

    /** An optional text: null when blank, refused when longer than {@code maxLength}. */
    public static String optional(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new UserFacingException("validation.tooLong", maxLength);
        }
        return text;
    }
}
