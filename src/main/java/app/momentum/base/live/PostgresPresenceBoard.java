package app.momentum.base.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PresenceBoard} shared by every node ({@code momentum.live.transport=postgres}), in the table
 * {@code live_presence}. Plain SQL in autocommit: a tab's row is visible to the other nodes before the presence
 * event that tells them to look is sent.
 */
class PostgresPresenceBoard implements PresenceBoard {

    private static final String COLUMNS =
            "tenant_id, topic_id, session_key, user_id, display_name, editing_object_id, editing_part";

    private final JdbcTemplate jdbc;

    PostgresPresenceBoard(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void put(Tab tab) {
        Presence.Visitor visitor = tab.visitor();
        jdbc.update("insert into live_presence (" + COLUMNS + ", refreshed_at) values (?, ?, ?, ?, ?, ?, ?, now()) "
                        + "on conflict (tenant_id, topic_id, session_key) do update set user_id = excluded.user_id, "
                        + "display_name = excluded.display_name, editing_object_id = excluded.editing_object_id, "
                        + "editing_part = excluded.editing_part, refreshed_at = excluded.refreshed_at",
                tab.tenantId(), tab.topicId(), visitor.sessionKey(), visitor.userId(), visitor.displayName(),
                visitor.editingObjectId(), visitor.editingPart());
    }

    @Override
    public void remove(UUID tenantId, UUID topicId, UUID sessionKey) {
        jdbc.update("delete from live_presence where tenant_id = ? and topic_id = ? and session_key = ?",
                tenantId, topicId, sessionKey);
    }

    @Override
    public List<Presence.Visitor> on(UUID tenantId, UUID topicId) {
        return jdbc.query("select " + COLUMNS + " from live_presence where tenant_id = ? and topic_id = ?",
                (rows, n) -> tab(rows).visitor(), tenantId, topicId);
    }

    @Override
    public void refresh(Collection<UUID> sessionKeys) {
        if (sessionKeys.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "update live_presence set refreshed_at = now() where session_key = any (?)");
            statement.setArray(1, connection.createArrayOf("uuid", sessionKeys.toArray()));
            return statement;
        });
    }

    @Override
    public List<Tab> removeUnrefreshedFor(Duration age) {
        return jdbc.query("delete from live_presence where refreshed_at < now() - make_interval(secs => ?) returning "
                + COLUMNS, (rows, n) -> tab(rows), age.toMillis() / 1000.0);
    }

    private static Tab tab(ResultSet rows) throws SQLException {
        return new Tab(rows.getObject("tenant_id", UUID.class), rows.getObject("topic_id", UUID.class),
                new Presence.Visitor(rows.getObject("session_key", UUID.class), rows.getObject("user_id", UUID.class),
                        rows.getString("display_name"), rows.getObject("editing_object_id", UUID.class),
                        rows.getString("editing_part")));
    }
}
