package app.momentum.user;

import app.momentum.base.UserFacingException;
import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * What a password must be, and one-time passwords that satisfy it. Besides its length, a password must be
 * hard to guess: zxcvbn4j estimates how many guesses an attacker needs, using its bundled lists of common
 * passwords, words and names plus our own list of common Dutch passwords ({@code common-passwords-nl.txt}),
 * and looking for keyboard patterns, repeats, sequences and dates. The message names the weakness it found.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /**
     * zxcvbn's score 3: about 10^8 guesses or more ("safely unguessable"): fine against online guessing, which
     * the login throttle slows down further. Scores 0 to 2 are common passwords and their simple variations.
     */
    static final int MIN_SCORE = 3;
    /** No 0/O, 1/l/I: one-time passwords are read out or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** zxcvbn's feedback keys (its own texts are English, Dutch of uneven quality) to our message keys. */
    private static final Map<String, String> WEAKNESSES = Map.ofEntries(
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_TOP10, "password.weak.common"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_TOP100, "password.weak.common"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_VERY_COMMON, "password.weak.common"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_SIMILAR, "password.weak.similar"),
            Map.entry(Feedback.DICTIONARY_WARNING_ENGLISH_WIKIPEDIA_ITSELF, "password.weak.word"),
            Map.entry(Feedback.DICTIONARY_WARNING_ETC_NAMES_THEMSELVES, "password.weak.names"),
            Map.entry(Feedback.DICTIONARY_WARNING_ETC_NAMES_COMMON, "password.weak.names"),
            Map.entry(Feedback.SPATIAL_WARNING_STRAIGHT_ROWS_OF_KEYS, "password.weak.keyboard"),
            Map.entry(Feedback.SPATIAL_WARNING_SHORT_KEYBOARD_PATTERNS, "password.weak.keyboard"),
            Map.entry(Feedback.REPEAT_WARNING_LIKE_AAA, "password.weak.repeat"),
            Map.entry(Feedback.REPEAT_WARNING_LIKE_ABCABCABC, "password.weak.repeat"),
            Map.entry(Feedback.SEQUENCE_WARNING_LIKE_ABCOR6543, "password.weak.repeat"),
            Map.entry(Feedback.REGEX_WARNING_RECENT_YEARS, "password.weak.dates"),
            Map.entry(Feedback.DATE_WARNING_DATES, "password.weak.dates"));
    static final String WEAK_IN_GENERAL = "password.weak.general";

    private PasswordPolicy() {
    }

    /** Throws with a specific message when the password is not acceptable. */
    public static void check(String password) {
        check(password, List.of());
    }

    /**
     * Throws with a specific message when the password is not acceptable.
     *
     * @param personal the user's own words (e-mail address, name): a password built from them is easy to guess
     */
    public static void check(String password, List<String> personal) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new UserFacingException("password.error.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new UserFacingException("password.error.tooLong", MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw new UserFacingException("password.error.blank");
        }
        if (Estimator.DUTCH.contains(password.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new UserFacingException("password.weak.common");
        }
        Strength strength = Estimator.ZXCVBN.measure(password, personalWords(personal));
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().withResourceBundle(KEYS_AS_TEXT).getWarning();
            throw new UserFacingException(WEAKNESSES.getOrDefault(warning, WEAK_IN_GENERAL));
        }
    }

    /** An e-mail address counts as its parts too ("jan.devries@zonnestroom.nl": jan, devries, zonnestroom). */
    private static List<String> personalWords(List<String> personal) {
        return personal.stream().filter(Objects::nonNull)
                .flatMap(word -> Stream.concat(Stream.of(word), Arrays.stream(word.split("[@.\\s_+-]+"))))
                .filter(word -> word.length() >= 3)
                .map(String::toLowerCase)
                .distinct().toList();
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Returns zxcvbn's feedback key itself, so we can translate it with our own messages. */
    private static final ResourceBundle KEYS_AS_TEXT = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    /** Loaded on first use: zxcvbn's dictionaries take about a megabyte and a few hundred milliseconds. */
    private static final class Estimator {
        static final List<String> DUTCH_RANKED = load();
        static final java.util.Set<String> DUTCH = java.util.Set.copyOf(DUTCH_RANKED);
        static final Zxcvbn ZXCVBN = build();

        private static List<String> load() {
            try {
                return dutchPasswords();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Zxcvbn build() {
            try {
                return new ZxcvbnBuilder()
                        .dictionaries(StandardDictionaries.loadAllDictionaries())
                        .dictionary(new Dictionary("passwords_nl", DUTCH_RANKED))
                        .keyboards(StandardKeyboards.loadAllKeyboards())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Most common first, as zxcvbn ranks a dictionary by position. */
        private static List<String> dutchPasswords() throws IOException {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords-nl.txt");
                 BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            }
        }
    }
}
