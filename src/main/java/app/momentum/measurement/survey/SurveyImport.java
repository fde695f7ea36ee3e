package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.ImpactQuestion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One analysed survey file of a journey. Only completed analyses are stored: an import that fails stores
 * nothing (the running job lives in {@link SurveyImportJobs} until then), so the status is always DONE today;
 * the column keeps room for imports that are stored before they are analysed.
 */
@Entity
@Table(name = "survey_import")
public class SurveyImport extends TenantOwnedEntity {

    /** Stored states. */
    public enum Status { RUNNING, DONE, FAILED }

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Column(nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false)
    private LocalDate fieldedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DONE;

    @Column(nullable = false)
    private BigDecimal progress = BigDecimal.ONE;

    private Integer respondents;

    private BigDecimal satisfactionThreshold;
    private BigDecimal impactThreshold;
    private BigDecimal sevenPlusMeanTarget;
    private BigDecimal ninePlusShareTarget;
    @jakarta.persistence.Column(name = "min_reliable_n")
    private int minReliableN;
    private int effortScaleMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "impact_question", nullable = false)
    private ImpactQuestion impactQuestion = ImpactQuestion.RECOMMEND;

    // kept for imports stored before analysis (see class comment); unused while failures store nothing
    private String errorKey;
    private Integer errorRow;
    private String errorColumn;
    private String errorValue;
    private String errorArgs;

    @Column(updatable = false)
    private UUID createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant completedAt;

    protected SurveyImport() {
    }

    SurveyImport(UUID journeyId, String fileName, LocalDate fieldedOn, int respondents, AnalysisSettings settings,
                 int effortScaleMax, UUID createdBy, Instant createdAt, Instant completedAt) {
        this.journeyId = journeyId;
        this.fileName = fileName;
        this.fieldedOn = fieldedOn;
        this.respondents = respondents;
        this.satisfactionThreshold = BigDecimal.valueOf(settings.satisfactionThreshold());
        this.impactThreshold = BigDecimal.valueOf(settings.impactThreshold());
        this.sevenPlusMeanTarget = BigDecimal.valueOf(settings.sevenPlusMeanTarget());
        this.ninePlusShareTarget = BigDecimal.valueOf(settings.ninePlusShareTarget());
        this.minReliableN = settings.minReliableN();
        this.effortScaleMax = effortScaleMax;
        this.impactQuestion = settings.impactOn();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.completedAt = completedAt;
    }

    /** The thresholds the results were computed with. */
    public AnalysisSettings settings() {
        return new AnalysisSettings(satisfactionThreshold.doubleValue(), impactThreshold.doubleValue(),
                sevenPlusMeanTarget.doubleValue(), ninePlusShareTarget.doubleValue(), minReliableN, impactQuestion);
    }

    public UUID getJourneyId() { return journeyId; }
    public String getFileName() { return fileName; }
    public LocalDate getFieldedOn() { return fieldedOn; }
    public Status getStatus() { return status; }
    public Integer getRespondents() { return respondents; }
    public int getEffortScaleMax() { return effortScaleMax; }
    public UUID getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getCompletedAt() { return completedAt; }
}
