package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.ImpactQuestion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One analysed survey file of a journey. Only completed analyses are stored: the running job lives in
 * {@link SurveyImportJobs} until then, and an import that fails stores nothing.
 */
@Entity
@Table(name = "survey_import")
public class SurveyImport extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Column(nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false)
    private LocalDate fieldedOn;

    private Integer respondents;

    @jakarta.persistence.Embedded
    private Thresholds thresholds;
    private int effortScaleMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "impact_question", nullable = false)
    private ImpactQuestion impactQuestion = ImpactQuestion.RECOMMEND;

    /** The method that placed and ranked the moments; both methods' figures are stored. */
    @Enumerated(EnumType.STRING)
    @Column(name = "impact_method", nullable = false)
    private ImpactMethod impactMethod = ImpactMethod.SATISFACTION_DRIVER;

    @Column(updatable = false)
    private UUID createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant completedAt;

    /** SHA-256 of the file's bytes (hex), to notice the same file imported again; null for older imports. */
    @Column(updatable = false, length = 64)
    private String contentHash;

    protected SurveyImport() {
    }

    SurveyImport(UUID journeyId, String fileName, LocalDate fieldedOn, int respondents, AnalysisSettings settings,
                 int effortScaleMax, UUID createdBy, Instant createdAt, Instant completedAt, String contentHash) {
        this.contentHash = contentHash;
        this.journeyId = journeyId;
        this.fileName = fileName;
        this.fieldedOn = fieldedOn;
        this.respondents = respondents;
        this.thresholds = new Thresholds(settings);
        this.effortScaleMax = effortScaleMax;
        this.impactQuestion = settings.impactOn();
        this.impactMethod = settings.impactMethod();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.completedAt = completedAt;
    }

    /** The thresholds the results were computed with. */
    public AnalysisSettings settings() {
        return thresholds.toSettings(impactQuestion).withImpactMethod(impactMethod);
    }

    /** The method that placed and ranked this import's moments. */
    public ImpactMethod impactMethod() {
        return impactMethod;
    }

    public UUID getJourneyId() { return journeyId; }
    public String getFileName() { return fileName; }
    public LocalDate getFieldedOn() { return fieldedOn; }
    public Integer getRespondents() { return respondents; }
    public int getEffortScaleMax() { return effortScaleMax; }
    public UUID getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getCompletedAt() { return completedAt; }
    public String getContentHash() { return contentHash; }
}
