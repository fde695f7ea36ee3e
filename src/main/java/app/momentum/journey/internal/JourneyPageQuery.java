package app.momentum.journey.internal;

import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.tenancy.TenantIdentifierResolver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The REST API's list of journeys — a page by name, and the total — as plain SQL: the API's busiest read, which as a
 * JPA query in a transaction cost about twice the query itself (docs/benchmarks.md). The tenant is the current one,
 * named in the query, as Hibernate's filter would add it: the tenant resolver's answer, which fails closed (no
 * tenant, or platform scope, matches no row here).
 */
@Component
public class JourneyPageQuery {

    /** One journey as the list shows it. */
    public record Row(UUID id, String name, JourneyType type, LifecycleStage stage, CheckStatus checkStatus,
                      boolean archived, String description, String startsAt, String endsAt, Instant createdAt,
                      Instant updatedAt) {
    }

    private static final String COLUMNS = "id, name, type, lifecycle_stage, check_status, archived, description, "
            + "starts_at, ends_at, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final TenantIdentifierResolver tenants;

    JourneyPageQuery(DataSource dataSource, TenantIdentifierResolver tenants) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tenants = tenants;
    }

    /** A page of the current tenant's active (or archived) journeys by name then id. */
    public List<Row> page(boolean archived, int page, int size) {
        return jdbc.query("select " + COLUMNS + " from journey where tenant_id = ? and archived = ? "
                + "order by name, id limit ? offset ?", (rows, n) -> row(rows), tenant(), archived, size,
                (long) page * size);
    }

    /** How many active (or archived) journeys the current tenant has. */
    public long count(boolean archived) {
        Long count = jdbc.queryForObject("select count(*) from journey where tenant_id = ? and archived = ?",
                Long.class, tenant(), archived);
        return count == null ? 0 : count;
    }

    private UUID tenant() {
        return tenants.resolveCurrentTenantIdentifier();
    }

    private static Row row(ResultSet rows) throws SQLException {
        return new Row(rows.getObject("id", UUID.class), rows.getString("name"),
                JourneyType.valueOf(rows.getString("type")), LifecycleStage.valueOf(rows.getString("lifecycle_stage")),
                CheckStatus.valueOf(rows.getString("check_status")), rows.getBoolean("archived"),
                rows.getString("description"), rows.getString("starts_at"), rows.getString("ends_at"),
                instant(rows.getTimestamp("created_at")), instant(rows.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
