package app.momentum.api;

import app.momentum.api.KpiJson.KpiSummary;
import app.momentum.api.KpiJson.MeasurementJson;
import app.momentum.api.KpiJson.NewMeasurement;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.KpiService.MeasurementRecord;
import app.momentum.measurement.MeasurementSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The KPI catalogue and its measured values; recording goes through {@link KpiService#recordMeasurement} with source API. */
@RestController
@RequestMapping(path = "/api/v1/kpis", produces = "application/json")
@Tag(name = "KPIs", description = "The KPI catalogue and measured values")
class KpiApi {

    private final KpiService kpis;

    KpiApi(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping
    @Operation(operationId = "listKpis", summary = "The KPI catalogue: the standard KPIs in their fixed order, then the organisation's own by name")
    List<KpiSummary> list() {
        return kpis.listRecords().stream().map(KpiSummary::of).toList();
    }

    @GetMapping("/{id}/measurements")
    @Operation(operationId = "listMeasurements", summary = "The measured values of a KPI, by period")
    List<MeasurementJson> measurements(@PathVariable UUID id) {
        return kpis.measurementRecords(id).stream().map(MeasurementJson::of).toList();
    }

    @PostMapping(path = "/{id}/measurements", consumes = "application/json")
    @Operation(operationId = "recordMeasurement", summary = "Record a measured value of a KPI for a month or quarter (needs a read-write token)")
    ResponseEntity<MeasurementJson> record(@PathVariable UUID id, @Valid @RequestBody NewMeasurement body) {
        MeasurementRecord measurement = kpis.recordMeasurement(id, body.periodType(), body.periodStart(), body.value(), body.sampleSize(),
                MeasurementSource.API);
        return ResponseEntity.status(HttpStatus.CREATED).body(MeasurementJson.of(measurement));
    }
}
