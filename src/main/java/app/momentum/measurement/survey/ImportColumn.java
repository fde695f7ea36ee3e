package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One column of an import as it was mapped when the import was analysed. */
@Entity
@Table(name = "survey_import_column")
class ImportColumn extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID importId;
    @Column(nullable = false, updatable = false)
    private int position;
    @Column(nullable = false, updatable = false)
    private String header;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ColumnRole role;
    /** Null once the moment is deleted from the map (the column stays listed). */
    private UUID momentId;
    @Column(updatable = false)
    private String label;
    /** Null once the brand value is deleted from the brand foundation (the column stays listed). */
    private UUID brandValueId;

    protected ImportColumn() {
    }

    ImportColumn(UUID importId, int position, String header, ColumnAssignment assignment) {
        this.importId = importId;
        this.position = position;
        this.header = header;
        this.role = assignment.role();
        this.momentId = assignment.momentId();
        this.label = assignment.label();
        this.brandValueId = assignment.brandValueId();
    }

    UUID getImportId() { return importId; }
    int getPosition() { return position; }
    String getHeader() { return header; }

    SurveyImportService.AppliedColumn toApplied() {
        return new SurveyImportService.AppliedColumn(header, role, momentId, label, brandValueId);
    }
}
