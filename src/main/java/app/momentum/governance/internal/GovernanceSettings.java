package app.momentum.governance.internal;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.governance.domain.GateCriterion;
import app.momentum.governance.domain.Staleness;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tenant's governance settings; a tenant without a row has every criterion on and the default interval. */
@Entity
@Table(name = "governance_settings")
public class GovernanceSettings extends TenantOwnedEntity {

    /** Stored as the criteria switched off, so a criterion added later is on by default. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> disabledCriteria = new ArrayList<>();

    @Column(nullable = false)
    private int reviewIntervalDays = Staleness.DEFAULT_INTERVAL_DAYS;

    public GovernanceSettings() {
    }

    public Set<GateCriterion> enabledCriteria() {
        EnumSet<GateCriterion> enabled = EnumSet.allOf(GateCriterion.class);
        enabled.removeIf(criterion -> disabledCriteria.contains(criterion.name()));
        return enabled;
    }

    public int getReviewIntervalDays() {
        return reviewIntervalDays;
    }

    public void apply(Set<GateCriterion> enabled, int intervalDays) {
        disabledCriteria = new ArrayList<>(Arrays.stream(GateCriterion.values())
                .filter(criterion -> !enabled.contains(criterion)).map(Enum::name).toList());
        reviewIntervalDays = intervalDays;
    }
}
