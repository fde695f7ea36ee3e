package app.momentum.journey;

import java.util.Map;
import java.util.UUID;

/**
 * What the journey map shows of measured results: each moment's figures in the journey's latest survey. The
 * measurement module implements this port, so the dependency runs measurement → journey and journey never imports
 * measurement.
 */
public interface MomentMeasurements {

    /** Each moment's result in the journey's latest survey, by moment id; empty when no survey is imported. */
    Map<UUID, MeasuredMoment> latest(UUID journeyId);

    /**
     * One moment's measured result.
     *
     * @param experienced      respondents who experienced the moment
     * @param meanSatisfaction their mean satisfaction (0–10), NaN when none answered
     * @param shareNineTen     the share of them who scored 9 or 10 (0–1)
     * @param targetMet        whether the moment met its 7+ or 9+ target
     */
    record MeasuredMoment(int experienced, double meanSatisfaction, double shareNineTen, boolean targetMet) {
    }
}
