package app.momentum.demo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored record of what demo seeding did in a tenant (table {@code demo_seed_marker}): which steps are finished,
 * and which objects it made. Seeding recognises its own journeys by these ids, never by name or list order, so a
 * journey a user made is never taken for a demo one. Every query names its tenant (plain SQL is not filtered by
 * Hibernate's tenant id).
 */
@Component
class DemoSeedMarkers {

    private final JdbcTemplate jdbc;

    DemoSeedMarkers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean done(UUID tenantId, String step) {
        return !jdbc.queryForList("select 1 from demo_seed_marker where tenant_id = ? and step = ?", Integer.class,
                tenantId, step).isEmpty();
    }

    /** The object recorded under {@code step}, when there is one. */
    Optional<UUID> object(UUID tenantId, String step) {
        return jdbc.queryForList("select object_id from demo_seed_marker where tenant_id = ? and step = ? "
                + "and object_id is not null", UUID.class, tenantId, step).stream().findFirst();
    }

    /** The objects recorded under steps starting with {@code prefix}, in step order. */
    List<UUID> objects(UUID tenantId, String prefix) {
        return jdbc.queryForList("select object_id from demo_seed_marker where tenant_id = ? and step like ? "
                + "and object_id is not null order by step", UUID.class, tenantId, prefix.replace("%", "\\%") + "%");
    }

    /** Records a finished step (and the object it made, or null); recording it again changes nothing. */
    void mark(UUID tenantId, String step, UUID objectId) {
        jdbc.update("insert into demo_seed_marker (tenant_id, step, object_id) values (?, ?, ?) "
                + "on conflict (tenant_id, step) do nothing", tenantId, step, objectId);
    }
}
