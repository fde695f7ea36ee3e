package app.momentum.measurement.analysis;

import java.util.Objects;
import java.util.UUID;

/**
 * A brand value the survey asked about ("to what extent do you experience us as honest"), as the analysis needs it.
 *
 * @param id       the tenant's brand value
 * @param scaleMax the top of the question's scale: 5 (1–5) or 10 (1–10)
 */
public record BrandValueInfo(UUID id, int scaleMax) {

    public BrandValueInfo {
        Objects.requireNonNull(id, "brand value id");
        if (scaleMax != 5 && scaleMax != 10) {
            throw new IllegalArgumentException("a brand value is asked on 1–5 or 1–10, not 1–" + scaleMax);
        }
    }
}
