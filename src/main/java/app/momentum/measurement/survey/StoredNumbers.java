package app.momentum.measurement.survey;

/** The analysis says "unknown" with NaN; the database with null. */
final class StoredNumbers {

    private StoredNumbers() {
    }

    static Double store(double value) {
        return Double.isNaN(value) ? null : value;
    }

    static double load(Double value) {
        return value == null ? Double.NaN : value;
    }
}
