package app.momentum.measurement.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One brand value in the survey: how strongly everyone experiences it, and each moment's impact on it.
 *
 * @param brandValueId the tenant's brand value
 * @param scaleMax     the question's scale top (5 or 10); {@link #mean} is on it
 * @param n            respondents who answered the question
 * @param mean         their (weighted) mean score; {@code NaN} without answers
 * @param moments      per moment of the journey, in journey order
 */
public record BrandValueResult(UUID brandValueId, int scaleMax, int n, double mean, List<BrandMomentImpact> moments) {

    /** Strongest carrier first: by the chosen impact, highest first, unknown impacts last. */
    private static final Comparator<BrandMomentImpact> BY_IMPACT = Comparator.comparingDouble(
            (BrandMomentImpact m) -> Double.isNaN(m.chosenImpact().value()) ? Double.NEGATIVE_INFINITY
                    : m.chosenImpact().value()).reversed();

    public BrandValueResult {
        Objects.requireNonNull(brandValueId, "brandValueId");
        moments = List.copyOf(moments);
    }

    /** The moments that carry this brand value most: by impact, strongest first, those without a known impact last. */
    public List<BrandMomentImpact> carriers() {
        return moments.stream().sorted(BY_IMPACT).toList();
    }

    /** The impact of one moment on this value, or {@code null} when the moment is not in the analysis. */
    public BrandMomentImpact of(UUID momentId) {
        return moments.stream().filter(m -> m.momentId().equals(momentId)).findFirst().orElse(null);
    }

    /** The same result, ranked by {@code method}. */
    public BrandValueResult withMethod(ImpactMethod method) {
        return new BrandValueResult(brandValueId, scaleMax, n, mean,
                moments.stream().map(m -> m.withMethod(method)).toList());
    }
}
