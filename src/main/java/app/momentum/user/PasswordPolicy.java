package app.momentum.user;

import app.momentum.base.UserFacingException;
import java.security.SecureRandom;

/** What a password must be, and one-time passwords that satisfy it. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** No 0/O, 1/l/I: one-time passwords are read out or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** Throws with a specific message when the password is not acceptable. */
    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new UserFacingException("password.error.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new UserFacingException("password.error.tooLong", MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw new UserFacingException("password.error.blank");
        }
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
