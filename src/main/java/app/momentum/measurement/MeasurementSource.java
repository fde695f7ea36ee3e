package app.momentum.measurement;

/** Where a measured value came from: typed in, imported from a file, or delivered through the API. */
public enum MeasurementSource {
    MANUAL, IMPORT, API
}
