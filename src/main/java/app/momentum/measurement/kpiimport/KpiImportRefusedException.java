package app.momentum.measurement.kpiimport;

import java.util.List;

/** A KPI values file with problems: nothing was stored. The UI lists {@link #errors()} in the user's language. */
public class KpiImportRefusedException extends RuntimeException {

    private final transient List<KpiImportError> errors;

    public KpiImportRefusedException(List<KpiImportError> errors) {
        super(errors.size() + " problem(s), first: " + errors.getFirst());
        this.errors = List.copyOf(errors);
    }

    public List<KpiImportError> errors() {
        return errors;
    }
}
