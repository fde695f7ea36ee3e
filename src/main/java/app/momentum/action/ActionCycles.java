package app.momentum.action;

import app.momentum.base.ui.Formats;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many journeys' actions summed up for the life cycle's gates and staleness, without loading them: one statement per
 * question whatever the number of journeys or actions. Each question is asked only of the journeys whose gate needs
 * it, as summing up every action of a tenant with 100,000 of them took most of a second (docs/benchmarks.md).
 *
 * <p>A journey's cycle is given by its first day. An action belongs to the current cycle when it was created on or
 * after that day, or is still open (neither effect verified nor dropped): work carried over counts in the new cycle.
 */
@Service
@Transactional(readOnly = true)
public class ActionCycles {

    /** The journeys with the first day of their cycle, as a table; :journeyIds and :cycleStarts are matching arrays. */
    private static final String CYCLE = """
            with cycle (journey_id, cycle_start) as (
                select * from unnest(cast(:journeyIds as uuid[]), cast(:cycleStarts as date[]))
            )
            """;

    private static final String IN_CYCLE = """
            (cast(a.created_at at time zone :zone as date) >= c.cycle_start
             or a.status not in ('EFFECT_VERIFIED', 'DROPPED'))""";

    private static final String COMMITTED_MOMENTS = CYCLE + """
            select distinct a.journey_id, m.moment_id
            from cycle c
            join improvement_action a on a.tenant_id = :tenant and a.journey_id = c.journey_id
            cross join lateral unnest(a.moment_ids) m (moment_id)
            where a.status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'EFFECT_VERIFIED') and""" + IN_CYCLE;

    private static final String LAST_COMPLETION = CYCLE + """
            select a.journey_id, cast(max(a.completed_at) at time zone :zone as date)
            from cycle c
            join improvement_action a on a.tenant_id = :tenant and a.journey_id = c.journey_id
            where a.status in ('DONE', 'EFFECT_VERIFIED') and a.completed_at is not null and""" + IN_CYCLE + """

            group by a.journey_id""";

    // dropped with a written reason is finished: the management gate accepts conscious drops
    private static final String UNFINISHED = CYCLE + """
            select c.journey_id
            from cycle c
            where exists (
                select 1 from improvement_action a
                where a.tenant_id = :tenant and a.journey_id = c.journey_id
                  and a.status not in ('DONE', 'EFFECT_VERIFIED')
                  and not (a.status = 'DROPPED' and coalesce(a.status_note, '') ~ '\\S')
                  and""" + IN_CYCLE + ")";

    // one index lookup per journey (tenant, journey, updated_at) instead of grouping every action of the tenant
    private static final String LAST_ACTIVITY = """
            select j.id, cast(latest.at at time zone :zone as date)
            from unnest(cast(:journeyIds as uuid[])) j (id)
            cross join lateral (
                select max(a.updated_at) as at from improvement_action a
                where a.tenant_id = :tenant and a.journey_id = j.id
            ) latest
            where latest.at is not null""";

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The moments that an action of the journey's cycle improves which is planned or further (not an idea, not
     * dropped), by journey; journeys without such an action are absent.
     */
    public Map<UUID, Set<UUID>> committedMoments(Map<UUID, LocalDate> cycleStarts) {
        Map<UUID, Set<UUID>> result = new HashMap<>();
        for (Object[] row : this.<Object[]>rows(COMMITTED_MOMENTS, cycleStarts)) {
            result.computeIfAbsent((UUID) row[0], journeyId -> new HashSet<>()).add((UUID) row[1]);
        }
        return result;
    }

    /**
     * The latest day on which an action of the journey's cycle was completed (done, or effect verified), of those
     * completed now, by journey; journeys without a completed action are absent.
     */
    public Map<UUID, LocalDate> lastCompletion(Map<UUID, LocalDate> cycleStarts) {
        Map<UUID, LocalDate> result = new HashMap<>();
        for (Object[] row : this.<Object[]>rows(LAST_COMPLETION, cycleStarts)) {
            result.put((UUID) row[0], localDate(row[1]));
        }
        return result;
    }

    /** The journeys with an action of their cycle that is neither completed nor dropped with a written reason. */
    public Set<UUID> withUnfinishedActions(Map<UUID, LocalDate> cycleStarts) {
        Set<UUID> result = new HashSet<>();
        for (Object journeyId : rows(UNFINISHED, cycleStarts)) {
            result.add((UUID) journeyId);
        }
        return result;
    }

    /**
     * The day any action of the journey (of any cycle) was last changed — status, fields, comments — by journey;
     * journeys without actions are absent.
     */
    public Map<UUID, LocalDate> lastActivity(Collection<UUID> journeyIds) {
        if (journeyIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LocalDate> result = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(LAST_ACTIVITY).setParameter("journeyIds", array(List.copyOf(journeyIds)))
                .getResultList();
        for (Object[] row : rows) {
            result.put((UUID) row[0], localDate(row[1]));
        }
        return result;
    }

    /** The statement's rows for these journeys: arrays of columns, or the values themselves for a single column. */
    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String sql, Map<UUID, LocalDate> cycleStarts) {
        if (cycleStarts.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = List.copyOf(cycleStarts.keySet());
        return query(sql).setParameter("journeyIds", array(ids))
                .setParameter("cycleStarts", array(ids.stream().map(cycleStarts::get).toList())).getResultList();
    }

    private Query query(String sql) {
        Object tenant = entityManager.unwrap(Session.class).getTenantIdentifierValue();
        if (tenant == null) {
            throw new IllegalStateException("a journey's actions are read in a tenant's scope only");
        }
        Query query = entityManager.createNativeQuery(sql).setParameter("tenant", tenant);
        return sql.contains(":zone") ? query.setParameter("zone", Formats.DEFAULT_ZONE.getId()) : query;
    }

    /** A PostgreSQL array literal, cast in the statement: the driver binds it as text. */
    private static String array(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static LocalDate localDate(Object value) {
        return switch (value) {
            case LocalDate day -> day;
            case Date day -> day.toLocalDate();
            default -> throw new IllegalStateException("not a date: " + value);
        };
    }
}
