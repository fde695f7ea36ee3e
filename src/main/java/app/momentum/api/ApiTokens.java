package app.momentum.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token text: generation, hashing and the prefix shown in lists. Plain Java. A token carries 256 random bits,
 * so a fast hash (SHA-256) is enough to store it: unlike a password it cannot be guessed from a dictionary,
 * and a fast hash lets every API request be checked with one indexed lookup.
 */
public final class ApiTokens {

    /** Marks Momentum tokens, so that secret scanners and people recognise a leaked one. */
    public static final String MARKER = "mtm_";
    private static final int RANDOM_BYTES = 32;
    private static final int PREFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    /** A new token: the marker and 32 random bytes, base64url without padding. */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token's UTF-8 bytes, as 64 lower-case hex digits: what the database stores. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The first characters of a token, for recognising it in the list; at most a third of a short (demo)
     * token, so the prefix never gives most of it away.
     */
    public static String prefix(String token) {
        return token.substring(0, Math.min(PREFIX_LENGTH, token.length() / 3));
    }
}
