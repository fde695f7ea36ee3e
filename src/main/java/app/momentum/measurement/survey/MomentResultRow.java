package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.MomentResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
    @jakarta.persistence.Embedded
    private StoredDriver driver;
    private boolean targetMet;
    @jakarta.persistence.Embedded
    private StoredEffect effect;
    @Column(name = "expectation_n")
    private int expectationN;
    private Double shareBetterThanExpected;

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
        this.driver = new StoredDriver(result.driver());
        this.targetMet = result.targetMet();
        this.effect = new StoredEffect(result.effect());
        this.expectationN = result.expectationN();
        this.shareBetterThanExpected = StoredNumbers.store(result.shareBetterThanExpected());
    }

    /** A deleted moment comes back without a moment id: its results stay readable under the kept title. */
    MomentResult toResult(ImpactMethod method) {
        return new MomentResult(momentId, title, experienced, StoredNumbers.load(frequency),
                StoredNumbers.load(meanSatisfaction), StoredNumbers.load(shareNineTen),
                StoredNumbers.load(shareSixOrLower), driver.toImpact(), effect.toEffect(), method, targetMet, expectationN,
                StoredNumbers.load(shareBetterThanExpected));
    }

    UUID getSegmentResultId() { return segmentResultId; }
    int getPosition() { return position; }
}
