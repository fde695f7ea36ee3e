package app.momentum.journey;

import java.util.Map;
import java.util.UUID;

/**
 * What surveys measured of a journey's moments and the tenant's brand values, for the signature check. The measurement
 * module implements this port, so the dependency runs measurement → journey and journey never imports measurement.
 */
public interface BrandValueEvidence {

    /**
     * From the journey's latest survey that asked customers about brand values: moment id → brand value id → whether
     * the moment measurably contributes to that value (a reliable positive impact by the import's impact method). Pairs
     * the survey did not measure are absent; empty when no survey of the journey asked about brand values.
     */
    Map<UUID, Map<UUID, Boolean>> latest(UUID journeyId);
}
