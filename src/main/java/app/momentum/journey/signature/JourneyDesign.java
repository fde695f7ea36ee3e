package app.momentum.journey.signature;

import app.momentum.journey.JourneyType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A journey as the signature check sees it.
 *
 * @param type          the journey type; brand values only count for a signature journey
 * @param moments       all moments in journey order (phase order, then position within the phase); null becomes
 *                      empty
 * @param brandValueIds the tenant's brand values in display order; null becomes empty
 * @param brandEvidence what the journey's latest survey that asked about brand values measured: moment id → brand
 *                      value id → whether the moment measurably contributes to it (a reliable positive impact);
 *                      pairs it did not measure are absent; null becomes empty (no such survey)
 */
public record JourneyDesign(JourneyType type, List<MomentDesign> moments, List<UUID> brandValueIds,
                            Map<UUID, Map<UUID, Boolean>> brandEvidence) {

    public JourneyDesign {
        Objects.requireNonNull(type, "type");
        moments = moments == null ? List.of() : List.copyOf(moments);
        brandValueIds = brandValueIds == null ? List.of() : List.copyOf(brandValueIds);
        brandEvidence = brandEvidence == null ? Map.of() : Map.copyOf(brandEvidence);
    }

    /** A design without survey evidence on brand values. */
    public JourneyDesign(JourneyType type, List<MomentDesign> moments, List<UUID> brandValueIds) {
        this(type, moments, brandValueIds, Map.of());
    }
}
