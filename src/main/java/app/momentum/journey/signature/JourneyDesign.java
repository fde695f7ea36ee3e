package app.momentum.journey.signature;

import app.momentum.journey.JourneyType;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A journey as the signature check sees it.
 *
 * @param type          the journey type; brand values only count for a signature journey
 * @param moments       all moments in journey order (phase order, then position within the phase); null becomes
 *                      empty
 * @param brandValueIds the tenant's brand values in display order; null becomes empty
 */
public record JourneyDesign(JourneyType type, List<MomentDesign> moments, List<UUID> brandValueIds) {

    public JourneyDesign {
        Objects.requireNonNull(type, "type");
        moments = moments == null ? List.of() : List.copyOf(moments);
        brandValueIds = brandValueIds == null ? List.of() : List.copyOf(brandValueIds);
    }
}
