package app.momentum.measurement;

/** What a KPI measures: the whole tenant, one journey or one moment of a journey. */
public enum KpiScope {
    TENANT, JOURNEY, MOMENT
}
