package app.momentum.report.internal;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;

/** A generated board report kept for download: one per tenant, period and language. */
@Entity
@Table(name = "board_report_file")
public class BoardReportFile extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected BoardReportFile() {
    }

    public BoardReportFile(String period, String language, String fileName, byte[] content) {
        this.period = period;
        this.language = language;
        this.fileName = fileName;
        this.content = content.clone();
    }

    public String getPeriod() { return period; }
    public String getLanguage() { return language; }
    public String getFileName() { return fileName; }
    public byte[] getContent() { return content.clone(); }
    public Instant getCreatedAt() { return createdAt; }
}
