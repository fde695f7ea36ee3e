package app.momentum.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * English and Dutch for every string, from {@code messages.properties} and {@code messages_nl.properties}
 * (UTF-8). Arguments are formatted for the locale, so dates and numbers follow the user's language.
 */
@Component
public class MomentumI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, DUTCH);
    static final String BUNDLE = "messages";

    private static final Logger log = LoggerFactory.getLogger(MomentumI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language, NoFallbackToSystemLocale.INSTANCE).getString(key);
            // Always MessageFormat, so every message follows one quoting rule: an apostrophe is written ''.
            return new MessageFormat(pattern, language).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, language);
            return "!" + key + "!";
        }
    }

    /**
     * Every message whose key starts with {@code prefix}, formatted without arguments (placeholders such as
     * {@code {0}} stay as written): the texts a client-side component shows, sent to it in one go.
     */
    public java.util.Map<String, String> translationsStartingWith(String prefix, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NoFallbackToSystemLocale.INSTANCE);
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                texts.put(key, getTranslation(key, locale));
            }
        }
        return texts;
    }

    /** The supported language closest to {@code locale}; English when there is none. */
    public static Locale supported(Locale locale) {
        return locale != null && DUTCH.getLanguage().equals(locale.getLanguage()) ? DUTCH : ENGLISH;
    }

    /** Without this, a missing Dutch key would fall back to the JVM's default locale rather than English. */
    private static final class NoFallbackToSystemLocale extends ResourceBundle.Control {
        static final NoFallbackToSystemLocale INSTANCE = new NoFallbackToSystemLocale();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
