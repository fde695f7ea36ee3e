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

/** One header of a journey's remembered column mapping. */
@Entity
@Table(name = "survey_column_mapping")
class ColumnMappingEntry extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID journeyId;
    @Column(nullable = false, updatable = false)
    private String header;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ColumnRole role;
    private UUID momentId;
    /** The segment column's human label, remembered for the next import. */
    private String label;
    private UUID brandValueId;

    protected ColumnMappingEntry() {
    }

    ColumnMappingEntry(UUID journeyId, String header, ColumnAssignment assignment) {
        this.journeyId = journeyId;
        this.header = header;
        this.role = assignment.role();
        this.momentId = assignment.momentId();
        this.label = assignment.label();
        this.brandValueId = assignment.brandValueId();
    }

    String getHeader() { return header; }

    ColumnAssignment toAssignment() {
        return new ColumnAssignment(role, momentId, label, brandValueId);
    }
}
