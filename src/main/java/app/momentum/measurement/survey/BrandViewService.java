package app.momentum.measurement.survey;

import app.momentum.brand.BrandService;
import app.momentum.journey.JourneyLookup;
import app.momentum.measurement.analysis.BrandMomentImpact;
import app.momentum.measurement.analysis.BrandValueResult;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.MomentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brand view's screen service: per brand value an import asked about, the moments that carry it most, and whether
 * each moment meant to express it measurably does.
 */
@Service
public class BrandViewService {

    private final BrandService brand;
    private final JourneyLookup journeys;

    BrandViewService(BrandService brand, JourneyLookup journeys) {
        this.brand = brand;
        this.journeys = journeys;
    }

    /**
     * One brand value's figures.
     *
     * @param name    its current name in the brand foundation
     * @param moments the journey's moments, strongest carrier first (unknown impacts last)
     */
    public record BrandValueView(UUID brandValueId, String name, int scaleMax, int n, double mean,
                                 List<MomentRow> moments) {
    }

    /**
     * One moment's impact on a brand value.
     *
     * @param intended whether the moment is a brand moment or 9+ moment meant to express this value
     */
    public record MomentRow(UUID momentId, String title, BrandMomentImpact impact, boolean intended) {
    }

    /** The import's brand values, ranked by {@code method}; empty when the survey asked about none. */
    @Transactional(readOnly = true)
    public List<BrandValueView> brandView(StoredAnalysis analysis, ImpactMethod method) {
        List<BrandValueResult> values = analysis.result().brandValues();
        if (values.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = brand.valueNames().stream()
                .collect(Collectors.toMap(BrandService.Named::id, BrandService.Named::name));
        Map<UUID, Set<UUID>> intended = journeys.intendedBrandValues(analysis.survey().getJourneyId());
        Map<UUID, String> titles = analysis.result().overall().moments().stream()
                .filter(m -> m.momentId() != null)
                .collect(Collectors.toMap(MomentResult::momentId, MomentResult::title, (a, b) -> a));
        List<BrandValueView> views = new ArrayList<>();
        for (BrandValueResult value : values) {
            BrandValueResult ranked = value.withMethod(method);
            List<MomentRow> rows = ranked.carriers().stream().map(impact -> new MomentRow(impact.momentId(),
                    titles.getOrDefault(impact.momentId(), ""), impact,
                    intended.getOrDefault(impact.momentId(), Set.of()).contains(value.brandValueId()))).toList();
            views.add(new BrandValueView(value.brandValueId(), names.getOrDefault(value.brandValueId(), ""),
                    value.scaleMax(), value.n(), value.mean(), rows));
        }
        return views;
    }
}
