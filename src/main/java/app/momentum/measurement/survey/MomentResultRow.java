package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.analysis.Quadrant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One moment's figures in one group of an import. */
@Entity
@Table(name = "survey_moment_result")
class MomentResultRow extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID segmentResultId;
    private UUID momentId;
    @Column(nullable = false)
    private String title;
    private int position;
    private int experienced;
    private Double frequency;
    private Double meanSatisfaction;
    private Double shareNineTen;
    private Double shareSixOrLower;
    private Double impact;
    @Column(name = "impact_n")
    private int impactN;
    private boolean reliable;
    @Enumerated(EnumType.STRING)
    private Quadrant quadrant;
    private boolean targetMet;
    private Double priority;

    protected MomentResultRow() {
    }

    MomentResultRow(UUID segmentResultId, int position, MomentResult result) {
        this.segmentResultId = segmentResultId;
        this.position = position;
        this.momentId = result.momentId();
        this.title = result.title() == null ? "" : result.title();
        this.experienced = result.experienced();
        this.frequency = StoredNumbers.store(result.frequency());
        this.meanSatisfaction = StoredNumbers.store(result.meanSatisfaction());
        this.shareNineTen = StoredNumbers.store(result.shareNineTen());
        this.shareSixOrLower = StoredNumbers.store(result.shareSixOrLower());
        this.impact = StoredNumbers.store(result.impact());
        this.impactN = result.impactN();
        this.reliable = result.reliable();
        this.quadrant = result.quadrant();
        this.targetMet = result.targetMet();
        this.priority = StoredNumbers.store(result.priority());
    }

    /** A deleted moment comes back without a moment id: its results stay readable under the kept title. */
    MomentResult toResult() {
        return new MomentResult(momentId, title, experienced, StoredNumbers.load(frequency),
                StoredNumbers.load(meanSatisfaction), StoredNumbers.load(shareNineTen),
                StoredNumbers.load(shareSixOrLower), StoredNumbers.load(impact), impactN, reliable, quadrant,
                targetMet, StoredNumbers.load(priority));
    }

    UUID getSegmentResultId() { return segmentResultId; }
    int getPosition() { return position; }
}
