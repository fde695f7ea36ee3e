package app.momentum.measurement.analysis;

import app.momentum.journey.TargetLevel;
import java.util.Objects;
import java.util.UUID;

/**
 * The little the analysis needs to know about a journey moment, so it stays independent of how moments are
 * stored.
 *
 * @param id     matches the keys of {@link Respondent#momentSatisfaction()}
 * @param title  shown next to the results
 * @param target what the moment is designed to score; decides how "target met" is judged
 */
public record MomentInfo(UUID id, String title, TargetLevel target) {

    public MomentInfo {
        Objects.requireNonNull(id, "moment id");
        Objects.requireNonNull(target, "target level of moment " + id);
    }
}
