package app.momentum.dashboard;

import app.momentum.base.UserFacingException;
import app.momentum.dashboard.internal.HeadlineKpi;
import app.momentum.dashboard.internal.HeadlineKpiRepository;
import app.momentum.measurement.MeasurementHeadlines;
import app.momentum.measurement.MeasurementHeadlines.KpiChoice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's choice of the cockpit's headline KPIs: any KPIs of its catalogue, in order, at most
 * {@link #MAX_HEADLINES}; without a choice the defaults (NPS, CES, CXi). Everyone reads it; tenant admins and CX
 * managers choose.
 */
@Service
@Transactional
public class HeadlineSettings {

    /** More tiles than this no longer read as headlines. */
    public static final int MAX_HEADLINES = 6;

    private final HeadlineKpiRepository chosen;
    private final MeasurementHeadlines measurements;

    HeadlineSettings(HeadlineKpiRepository chosen, MeasurementHeadlines measurements) {
        this.chosen = chosen;
        this.measurements = measurements;
    }

    /** What the settings dialog shows: every KPI to choose from, the current headlines and whether they are the default. */
    public record Choice(List<KpiChoice> kpis, List<UUID> headlines, boolean isDefault) {
    }

    @Transactional(readOnly = true)
    public Choice choice() {
        List<UUID> stored = storedChoice();
        return new Choice(measurements.choices(), stored.isEmpty() ? measurements.defaultHeadlineIds() : stored,
                stored.isEmpty());
    }

    /** The chosen headline KPIs in order, or the defaults when the tenant chose none. */
    @Transactional(readOnly = true)
    public List<UUID> chosenOrDefault() {
        List<UUID> stored = storedChoice();
        return stored.isEmpty() ? measurements.defaultHeadlineIds() : stored;
    }

    /**
     * Replaces the choice; an empty list goes back to the defaults. Refuses more than {@link #MAX_HEADLINES} and a KPI
     * that is not in the tenant's catalogue (e.g. deleted meanwhile), storing nothing.
     */
    @PreAuthorize(DashboardPermissions.MAY_CHOOSE_HEADLINES)
    public List<UUID> choose(List<UUID> kpiIds) {
        Set<UUID> distinct = new LinkedHashSet<>(kpiIds);
        if (distinct.size() > MAX_HEADLINES) {
            throw new UserFacingException("cockpit.error.tooManyKpis", MAX_HEADLINES);
        }
        Set<UUID> known = new java.util.HashSet<>(measurements.choices().stream().map(KpiChoice::id).toList());
        if (!known.containsAll(distinct)) {
            throw new UserFacingException("cockpit.error.unknownKpi");
        }
        chosen.deleteTheChoice();
        List<UUID> order = new ArrayList<>(distinct);
        for (int i = 0; i < order.size(); i++) {
            chosen.save(new HeadlineKpi(order.get(i), i));
        }
        chosen.flush();
        return chosenOrDefault();
    }

    private List<UUID> storedChoice() {
        return chosen.findAllByOrderByPositionAsc().stream().map(HeadlineKpi::getKpiId).toList();
    }
}
