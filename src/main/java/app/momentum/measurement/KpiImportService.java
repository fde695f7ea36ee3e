package app.momentum.measurement;

import app.momentum.measurement.internal.KpiPeriodValue;
import app.momentum.measurement.internal.KpiMeasurement;
import app.momentum.measurement.internal.KpiTarget;
import app.momentum.measurement.internal.KpiTargetRepository;
import app.momentum.measurement.internal.KpiRepository;
import app.momentum.measurement.internal.KpiMeasurementRepository;
import app.momentum.measurement.kpiimport.KpiImportRefusedException;
import app.momentum.measurement.kpiimport.KpiImportResult;
import app.momentum.measurement.kpiimport.KpiRef;
import app.momentum.measurement.kpiimport.KpiValueReader;
import app.momentum.measurement.kpiimport.KpiValueRow;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports KPI values and targets from a CSV or XLSX file, all or nothing: {@link KpiValueReader} checks every row
 * against the current tenant's catalogue (another tenant's KPIs are unknown names), and only a file without a single
 * problem is stored, in one transaction.
 *
 * <p><b>Re-imports replace.</b> A row's value replaces every value already stored for that KPI and period (whatever
 * its source), because a period has one value on the chart and a corrected file is the usual reason to import again;
 * a row's target replaces the period's target. The summary says how many values replaced earlier ones.
 */
@Service
@Transactional
public class KpiImportService {

    private final KpiRepository kpis;
    private final KpiTargetRepository targets;
    private final KpiMeasurementRepository measurements;
    private final KpiValueReader reader = new KpiValueReader();

    KpiImportService(KpiRepository kpis, KpiTargetRepository targets, KpiMeasurementRepository measurements) {
        this.kpis = kpis;
        this.targets = targets;
        this.measurements = measurements;
    }

    /** A checked file: its rows or problems, and how many of its values would replace stored ones. */
    public record Checked(KpiImportResult result, int replacing) {
    }

    /** What an import stored. */
    public record Summary(int imported, int replaced, int targets) {
    }

    /** Reads and checks the file without storing anything (the dialog's preview). */
    @PreAuthorize(KpiService.EDITORS)
    @Transactional(readOnly = true)
    public Checked check(byte[] file) {
        KpiImportResult result = reader.read(file, catalogue());
        int replacing = (int) result.rows().stream().filter(row -> row.value() != null && !stored(row).isEmpty()).count();
        return new Checked(result, replacing);
    }

    /**
     * Stores every row of the file, or nothing.
     *
     * @throws KpiImportRefusedException when any row (or the file) is wrong
     */
    @PreAuthorize(KpiService.EDITORS)
    public Summary importValues(byte[] file) {
        KpiImportResult result = reader.read(file, catalogue());
        if (!result.ok()) {
            throw new KpiImportRefusedException(result.errors());
        }
        int imported = 0;
        int replaced = 0;
        int targetsSet = 0;
        for (KpiValueRow row : result.rows()) {
            Period period = row.period();
            if (row.value() != null) {
                List<KpiMeasurement> earlier = stored(row);
                if (!earlier.isEmpty()) {
                    measurements.deleteAll(earlier);
                    replaced++;
                }
                measurements.save(new KpiMeasurement(row.kpiId(), KpiPeriodValue.of(period, row.value()), row.sampleSize(),
                        MeasurementSource.IMPORT));
                imported++;
            }
            if (row.target() != null) {
                KpiTarget target = targets.findByKpiIdAndPeriodTypeAndPeriodStart(row.kpiId(), period.type(), period.start())
                        .orElseGet(() -> new KpiTarget(row.kpiId(), KpiPeriodValue.of(period, row.target())));
                target.setTarget(row.target());
                targets.save(target);
                targetsSet++;
            }
        }
        measurements.flush();
        return new Summary(imported, replaced, targetsSet);
    }

    private List<KpiMeasurement> stored(KpiValueRow row) {
        return measurements.findByKpiIdAndPeriodTypeAndPeriodStart(row.kpiId(), row.period().type(), row.period().start());
    }

    /** The current tenant's KPIs (the repository is tenant-filtered). */
    private List<KpiRef> catalogue() {
        return kpis.findAll().stream()
                .map(k -> new KpiRef(k.getId(), k.getStandardCode() == null ? null : k.getStandardCode().name(), k.getName(),
                        k.getScaleMin(), k.getScaleMax()))
                .toList();
    }
}
