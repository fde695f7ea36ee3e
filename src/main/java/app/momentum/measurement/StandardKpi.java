package app.momentum.measurement;

import java.math.BigDecimal;

/**
 * The eight KPIs every tenant starts with. Their English names are stored; the UI shows
 * {@code kpi.standard.<code>} in the user's language. Keep in step with the seed in {@code V6__kpi_catalogue.sql}.
 */
public enum StandardKpi {
    NPS("Net Promoter Score (NPS)", "score", -100, 100, true),
    CSAT("Customer satisfaction (CSAT)", "%", 0, 100, true),
    CES("Customer effort score (CES)", "score", 1, 7, false),
    CXI("Customer experience index (CXi)", "score", -100, 100, true),
    RETENTION("Customer retention", "%", 0, 100, true),
    CHURN("Churn", "%", 0, 100, false),
    CROSS_SELL("Cross-sell ratio", "%", 0, 100, true),
    CLV("Customer lifetime value (CLV)", "EUR", null, null, true);

    private final String englishName;
    private final String unit;
    private final BigDecimal scaleMin;
    private final BigDecimal scaleMax;
    private final boolean higherIsBetter;

    StandardKpi(String englishName, String unit, Integer scaleMin, Integer scaleMax, boolean higherIsBetter) {
        this.englishName = englishName;
        this.unit = unit;
        this.scaleMin = scaleMin == null ? null : BigDecimal.valueOf(scaleMin);
        this.scaleMax = scaleMax == null ? null : BigDecimal.valueOf(scaleMax);
        this.higherIsBetter = higherIsBetter;
    }

    public String englishName() { return englishName; }
    public String unit() { return unit; }
    public BigDecimal scaleMin() { return scaleMin; }
    public BigDecimal scaleMax() { return scaleMax; }
    public boolean higherIsBetter() { return higherIsBetter; }

    /** The translation key of its name. */
    public String messageKey() {
        return "kpi.standard." + name();
    }
}
