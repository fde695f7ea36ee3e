package app.momentum.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.i18n.MomentumI18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string exists in English and Dutch, and every message is a valid pattern. */
class I18nBundleTest {

    private final MomentumI18NProvider provider = new MomentumI18NProvider();

    @Test
    void englishAndDutchHaveTheSameKeys() throws IOException {
        Properties english = load("/messages.properties");
        Properties dutch = load("/messages_nl.properties");
        assertThat(english).isNotEmpty();
        assertThat(dutch.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : java.util.List.of("/messages.properties", "/messages_nl.properties")) {
            try (var in = getClass().getResourceAsStream(bundle)) {
                java.util.List<String> keys = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .lines().filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
                // a second definition silently replaces the first, so one of the two texts is never shown
                assertThat(keys).as(bundle).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void everyMessageIsAValidPatternAndDutchIsNotACopyOfEnglish() throws IOException {
        Properties english = load("/messages.properties");
        Properties dutch = load("/messages_nl.properties");
        for (String key : english.stringPropertyNames()) {
            new MessageFormat(english.getProperty(key));
            new MessageFormat(dutch.getProperty(key));
        }
        long untranslated = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).equals(dutch.getProperty(key))).count();
        // a few words are the same in both languages (Dashboard, Status); most must differ
        assertThat(untranslated).isLessThan(english.size() / 10);
    }

    @Test
    void noMessageLosesALoneApostrophe() throws IOException {
        for (String bundle : new String[] {"/messages.properties", "/messages_nl.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                // MessageFormat reads ' as a quote: an apostrophe must be written '' (or the text is quoted on purpose)
                assertThat(pattern.replace("''", "").matches(".*\\p{L}'\\p{L}.*")).as(bundle + " " + key).isFalse();
            }
        }
    }

    /** The Dutch texts address the user as "u", as Dutch business software does, never as "je" or "jij". */
    @Test
    void dutchAddressesTheUserFormally() throws IOException {
        Properties dutch = load("/messages_nl.properties");
        java.util.regex.Pattern informal = java.util.regex.Pattern.compile(
                "(?iu)(?<!\\p{L})(je|jij|jou|jouw|jullie|jezelf)(?!\\p{L})");
        for (String key : dutch.stringPropertyNames()) {
            assertThat(informal.matcher(dutch.getProperty(key)).find()).as(key + ": " + dutch.getProperty(key)).isFalse();
        }
    }

    /** DOMAIN.md: a customer journey is a "klantreis" in Dutch; only "signature journey" stays as it is. */
    @Test
    void dutchSaysKlantreisExceptForSignatureJourneys() throws IOException {
        Properties dutch = load("/messages_nl.properties");
        for (String key : dutch.stringPropertyNames()) {
            String text = dutch.getProperty(key).replaceAll("(?i)signature journey", "");
            assertThat(text).as(key).doesNotContainIgnoringCase("journey");
        }
    }

    /**
     * A maturity quadrant or level is called the same on the maturity pages, in the scan's CSV, on the cockpit tile
     * and in the board report, so an executive can match the report to the scan. (The cockpit writes the levels
     * inside a sentence, in lower case.)
     */
    @Test
    void maturityQuadrantsAndLevelsHaveOneNameInEachLanguage() throws IOException {
        for (String bundle : List.of("/messages.properties", "/messages_nl.properties")) {
            Properties messages = load(bundle);
            for (String quadrant : List.of("DEFINE", "DESIGN", "EQUIP", "SUSTAIN")) {
                assertThat(Stream.of("maturityScan.quadrant.", "maturityScan.export.quadrant.",
                                "cockpit.maturity.quadrant.", "report.quadrant.")
                        .map(prefix -> messages.getProperty(prefix + quadrant)).distinct())
                        .as(bundle + " " + quadrant).hasSize(1).doesNotContainNull();
            }
            for (String level : List.of("BEGINNER", "INTERMEDIATE", "ADVANCED", "HIGHLY_ADVANCED", "EXPERT")) {
                assertThat(Stream.of("maturityScan.level.", "maturityScan.export.level.", "cockpit.maturity.level.",
                                "report.level.")
                        .map(prefix -> messages.getProperty(prefix + level))
                        .map(name -> name == null ? null : name.toLowerCase(Locale.ROOT)).distinct())
                        .as(bundle + " " + level).hasSize(1).doesNotContainNull();
            }
        }
    }

    @Test
    void translationsFollowTheLanguageAndFormatArguments() {
        assertThat(provider.getTranslation("nav.members", Locale.ENGLISH)).isEqualTo("Members");
        assertThat(provider.getTranslation("nav.members", Locale.forLanguageTag("nl-NL"))).isEqualTo("Leden");
        assertThat(provider.getTranslation("nav.members", Locale.GERMAN)).isEqualTo("Members");
        assertThat(provider.getTranslation("password.rule", Locale.ENGLISH, 10)).isEqualTo("At least 10 characters, and hard to guess: a few uncommon words work well.");
        assertThat(provider.getTranslation("tenants.adminEmail", Locale.ENGLISH)).isEqualTo("First admin's email");
        assertThat(provider.getTranslation("dashboard.roleHelp.EXECUTIVE", Locale.forLanguageTag("nl")))
                .contains("KPI's");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
