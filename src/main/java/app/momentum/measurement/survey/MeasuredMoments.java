package app.momentum.measurement.survey;

import app.momentum.journey.MomentMeasurements;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The measurement module's side of the journey map's {@link MomentMeasurements} port: the latest survey's figures. */
@Component
class MeasuredMoments implements MomentMeasurements {

    private final SurveyImportService surveys;

    MeasuredMoments(SurveyImportService surveys) {
        this.surveys = surveys;
    }

    @Override
    public Map<UUID, MeasuredMoment> latest(UUID journeyId) {
        Map<UUID, MeasuredMoment> measured = new LinkedHashMap<>();
        surveys.latestOverall(journeyId).forEach((momentId, result) -> measured.put(momentId, new MeasuredMoment(
                result.experienced(), result.meanSatisfaction(), result.shareNineTen(), result.targetMet())));
        return measured;
    }
}
