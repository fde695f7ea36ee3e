package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.analysis.CxiResult;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.NpsResult;
import app.momentum.measurement.analysis.SegmentResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** One group's figures of an import; segment column and value are empty for everybody. */
@Entity
@Table(name = "survey_segment_result")
class SegmentResultRow extends TenantOwnedEntity {

    static final String EVERYBODY = "";

    @Column(nullable = false, updatable = false)
    private UUID importId;
    @Column(nullable = false, updatable = false)
    private String segmentColumn;
    @Column(nullable = false, updatable = false)
    private String segmentValue;
    /** The column's human label chosen when mapping this import; null shows the column's header. */
    @Column(updatable = false)
    private String segmentLabel;
    private int respondents;
    @Column(name = "nps_n")
    private int npsN;
    private Double nps;
    @Column(name = "nps_lower95")
    private Double npsLower95;
    @Column(name = "nps_upper95")
    private Double npsUpper95;
    private Double cxi;
    private Double cxiNeeds;
    private Double cxiEasy;
    private Double cxiEnjoyable;
    private Double meanEffort;

    protected SegmentResultRow() {
    }

    SegmentResultRow(UUID importId, String segmentColumn, String segmentLabel, String segmentValue,
                     SegmentResult result) {
        this.importId = importId;
        this.segmentColumn = segmentColumn;
        this.segmentLabel = segmentLabel;
        this.segmentValue = segmentValue;
        this.respondents = result.respondents();
        this.npsN = result.nps().n();
        this.nps = StoredNumbers.store(result.nps().nps());
        this.npsLower95 = StoredNumbers.store(result.nps().lower95());
        this.npsUpper95 = StoredNumbers.store(result.nps().upper95());
        this.cxi = StoredNumbers.store(result.cxi().cxi());
        this.cxiNeeds = StoredNumbers.store(result.cxi().needs());
        this.cxiEasy = StoredNumbers.store(result.cxi().easy());
        this.cxiEnjoyable = StoredNumbers.store(result.cxi().enjoyable());
        this.meanEffort = StoredNumbers.store(result.meanEffort());
    }

    /** The group's figures, its moments placed and ranked by {@code method}. */
    SegmentResult toResult(List<MomentResultRow> moments, ImpactMethod method) {
        return new SegmentResult(respondents,
                new NpsResult(npsN, StoredNumbers.load(nps), StoredNumbers.load(npsLower95),
                        StoredNumbers.load(npsUpper95)),
                new CxiResult(StoredNumbers.load(cxiNeeds), StoredNumbers.load(cxiEasy),
                        StoredNumbers.load(cxiEnjoyable), StoredNumbers.load(cxi)),
                StoredNumbers.load(meanEffort), moments.stream().map(row -> row.toResult(method)).toList());
    }

    UUID getImportId() { return importId; }

    String getSegmentLabel() { return segmentLabel; }
    String getSegmentColumn() { return segmentColumn; }
    String getSegmentValue() { return segmentValue; }
    boolean isEverybody() { return segmentColumn.isEmpty(); }
}
