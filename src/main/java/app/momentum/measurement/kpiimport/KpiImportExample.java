package app.momentum.measurement.kpiimport;

import java.nio.charset.StandardCharsets;

/**
 * The example file the import dialog offers: every column, a month and a quarter, a row that only sets a target. In
 * Dutch it is written the way Dutch Excel writes CSV (semicolons, decimal comma, Dutch headers), so what a user
 * downloads, edits and saves again imports as it is.
 */
public final class KpiImportExample {

    private KpiImportExample() {
    }

    public static String fileName(boolean dutch) {
        return dutch ? "kpi-waarden-voorbeeld.csv" : "kpi-values-example.csv";
    }

    public static byte[] csv(boolean dutch) {
        String text = dutch
                ? """
                  kpi;periode;waarde;steekproef;doel
                  NPS;2026-01;31;412;35
                  NPS;2026-02;33,5;398;35
                  CSAT;2026-Q1;78,2;1250;80
                  CSAT;2026-Q2;;;82
                  """
                : """
                  kpi,period,value,sample_size,target
                  NPS,2026-01,31,412,35
                  NPS,2026-02,33.5,398,35
                  CSAT,2026-Q1,78.2,1250,80
                  CSAT,2026-Q2,,,82
                  """;
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
