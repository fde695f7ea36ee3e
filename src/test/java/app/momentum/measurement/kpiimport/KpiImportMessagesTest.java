package app.momentum.measurement.kpiimport;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.i18n.MomentumI18NProvider;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the user reads for a bad KPI file: a sentence with row, column, value and what was expected, EN and NL. */
class KpiImportMessagesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final MomentumI18NProvider provider = new MomentumI18NProvider();

    private KpiImportError firstError(String csv) {
        return new KpiValueReader().read(csv.getBytes(StandardCharsets.UTF_8), KpiValueReaderTest.CATALOGUE)
                .errors().getFirst();
    }

    private String in(Locale locale, KpiImportError e) {
        return provider.getTranslation(e.key(), locale, e.messageArguments());
    }

    @Test
    void anOutOfScaleValueNamesRowColumnValueAndScale() {
        KpiImportError e = firstError("kpi;periode;waarde\nNPS;2026-01;10\nCSAT;2026-02;120,5\n");

        assertThat(in(Locale.ENGLISH, e)).isEqualTo(
                "Row 3, column \"waarde\": 120,5 is off the scale of this KPI. Expected a number from 0 to 100.");
        assertThat(in(DUTCH, e)).isEqualTo(
                "Rij 3, kolom \"waarde\": 120,5 valt buiten de schaal van deze KPI. Verwacht: een getal van 0 tot 100.");
    }

    @Test
    void aBadPeriodAndADuplicateReadNaturally() {
        assertThat(in(Locale.ENGLISH, firstError("kpi,period,value\nNPS,March,1\n"))).isEqualTo(
                "Row 2, column \"period\": \"March\" is not a month or quarter. Expected 2026-03 for a month or 2026-Q1 for a quarter.");
        assertThat(in(DUTCH, firstError("kpi,period,value\nNPS,2026-Q1,1\nNPS,K1 2026,2\n"))).isEqualTo(
                "Rij 3, kolom \"period\": NPS voor K1 2026 staat al in rij 2. Elke KPI en periode mag maar één keer in een bestand staan.");
    }

    @Test
    void aMissingColumnIsNamedInTheUsersLanguage() {
        KpiImportError e = firstError("kpi,period\nNPS,2026-01\n");

        assertThat(in(Locale.ENGLISH, e)).startsWith("Row 1: the column \"value\" is missing.");
        assertThat(in(DUTCH, e)).startsWith("Rij 1: de kolom \"waarde\" ontbreekt.");
    }

    @Test
    void everyErrorKeyExistsInBothLanguages() throws IllegalAccessException {
        for (Field field : KpiValueReader.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && field.get(null) instanceof String key && key.startsWith(KpiValueReader.PREFIX)
                    && !key.equals(KpiValueReader.PREFIX)) {
                Object[] args = Arrays.asList(7, "value", "x", 3, 4).toArray();
                assertThat(provider.getTranslation(key, Locale.ENGLISH, args)).as(key).doesNotStartWith("!");
                assertThat(provider.getTranslation(key, DUTCH, args)).as(key).doesNotStartWith("!")
                        .isNotEqualTo(provider.getTranslation(key, Locale.ENGLISH, args));
            }
        }
    }
}
