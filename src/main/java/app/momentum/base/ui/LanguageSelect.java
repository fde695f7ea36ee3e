package app.momentum.base.ui;

import app.momentum.base.i18n.MomentumI18NProvider;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** A choice between Momentum's languages, each named in its own language (English, Nederlands). */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(String label) {
        setLabel(label);
        setItems(MomentumI18NProvider.LANGUAGES);
        setItemLabelGenerator(LanguageSelect::nameOf);
        setValue(MomentumI18NProvider.supported(getLocale()));
    }

    public static String nameOf(Locale language) {
        return language.getDisplayLanguage(language);
    }
}
