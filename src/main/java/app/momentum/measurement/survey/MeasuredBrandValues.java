package app.momentum.measurement.survey;

import app.momentum.journey.BrandValueEvidence;
import app.momentum.measurement.analysis.BrandMomentImpact;
import app.momentum.measurement.analysis.BrandValueResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The measurement module's side of the signature check's {@link BrandValueEvidence} port. */
@Component
class MeasuredBrandValues implements BrandValueEvidence {

    private final SurveyImportRepository imports;
    private final SurveyResultStore store;

    MeasuredBrandValues(SurveyImportRepository imports, SurveyResultStore store) {
        this.imports = imports;
        this.store = store;
    }

    /**
     * The latest survey of the journey (by the day it was held, then the latest import) that asked about brand values:
     * a pulse survey without those questions in between does not hide what the last brand survey showed.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Map<UUID, Boolean>> latest(UUID journeyId) {
        List<SurveyImport> surveys = imports.findByJourneyIdOrderByFieldedOnDescCreatedAtDesc(journeyId);
        // the figures of the latest brand survey only: the check runs on every map load and edit
        Set<UUID> withBrandValues = store.importsWithBrandValues(
                surveys.stream().map(SurveyImport::getId).toList());
        return surveys.stream().filter(survey -> withBrandValues.contains(survey.getId())).findFirst()
                .map(survey -> evidence(store.brandValuesOf(Map.of(survey.getId(), survey.impactMethod()))
                        .getOrDefault(survey.getId(), List.of())))
                .orElse(Map.of());
    }

    private static Map<UUID, Map<UUID, Boolean>> evidence(List<BrandValueResult> values) {
        Map<UUID, Map<UUID, Boolean>> byMoment = new LinkedHashMap<>();
        for (BrandValueResult value : values) {
            for (BrandMomentImpact moment : value.moments()) {
                byMoment.computeIfAbsent(moment.momentId(), id -> new LinkedHashMap<>())
                        .put(value.brandValueId(), moment.contributes());
            }
        }
        return byMoment;
    }
}
