package app.momentum.measurement.kpiimport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a KPI values file. A header matches ignoring case, spaces, underscores and hyphens, in English or
 * Dutch ({@code sample_size}, {@code Sample size} and {@code steekproef} are the same column).
 */
public enum KpiImportColumn {
    KPI("kpi", "kpi", true, "name", "naam", "indicator"),
    PERIOD("period", "periode", true),
    VALUE("value", "waarde", true, "score"),
    SAMPLE_SIZE("sample_size", "steekproef", false, "n", "respondents", "respondenten", "samplesize",
            "steekproefgrootte", "aantalrespondenten"),
    TARGET("target", "doel", false, "doelwaarde", "norm");

    private final String english;
    private final String dutch;
    private final boolean required;
    private final List<String> aliases;

    KpiImportColumn(String english, String dutch, boolean required, String... aliases) {
        this.english = english;
        this.dutch = dutch;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The header an English file uses (and the example file writes). */
    public String english() {
        return english;
    }

    /** The header a Dutch file uses. */
    public String dutch() {
        return dutch;
    }

    public boolean required() {
        return required;
    }

    /** The column a header names, if any. */
    public static Optional<KpiImportColumn> byHeader(String header) {
        String key = key(header);
        return Arrays.stream(values())
                .filter(c -> key.equals(key(c.english)) || key.equals(key(c.dutch)) || c.aliases.contains(key))
                .findFirst();
    }

    private static String key(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
