package app.momentum.report.internal;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.report.BoardReportSchedules.Frequency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The tenant's one board report schedule: how often, to whom. */
@Entity
@Table(name = "board_report_schedule")
public class BoardReportSchedule extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recipient_user_ids", nullable = false)
    private List<UUID> recipientUserIds = new ArrayList<>();

    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    protected BoardReportSchedule() {
    }

    public BoardReportSchedule(Frequency frequency, List<UUID> recipients) {
        change(frequency, recipients);
    }

    public void change(Frequency frequency, List<UUID> recipients) {
        this.frequency = frequency;
        this.recipientUserIds = new ArrayList<>(recipients);
        this.updatedAt = Instant.now();
    }

    public Frequency getFrequency() { return frequency; }
    public List<UUID> getRecipientUserIds() { return List.copyOf(recipientUserIds); }
    public Instant getUpdatedAt() { return updatedAt; }
}
