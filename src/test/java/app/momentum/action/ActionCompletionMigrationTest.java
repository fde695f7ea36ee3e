package app.momentum.action;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.testsupport.ScratchDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Actions that exist before an action keeps its completion (V22) get it from their history: the last change to done,
 * else to effect verified; an action created as done was completed when it was created; an open one stays
 * uncompleted.
 */
class ActionCompletionMigrationTest {

    private static final String TENANT = UUID.randomUUID().toString();
    private static final String USER = UUID.randomUUID().toString();
    private static final String JOURNEY = UUID.randomUUID().toString();

    @Test
    void existingActionsGetTheirCompletionFromTheirHistory() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create("completion")) {
            String url = database.url();
            database.migrateTo("21");
            Map<String, String> actions = new HashMap<>();
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                statement.execute("insert into tenant (id, name, slug, locale, created_at, version) values ('" + TENANT
                        + "', 'Existing', 'existing', 'en', now(), 0)");
                statement.execute("insert into app_user (id, email, display_name, password_hash, active, platform_admin,"
                        + " must_change_password, created_at, version) values ('" + USER
                        + "', 'owner@existing.example', 'Owner', 'x', true, false, false, now(), 0)");
                statement.execute("insert into journey (id, tenant_id, name, type, lifecycle_stage, archived, check_status,"
                        + " created_at, updated_at, version) values ('" + JOURNEY + "', '" + TENANT
                        + "', 'Moving house', 'CUSTOMER_EXPERIENCE_JOURNEY', 'MINING', false, 'NOT_APPLICABLE', now(), now(), 0)");
                // done twice (reopened in between), then verified: the last change to done counts
                actions.put("verified", action(statement, "EFFECT_VERIFIED", "2026-01-01T09:00:00Z",
                        "'DONE', '2026-02-01T09:00:00Z'", "'IN_PROGRESS', '2026-02-10T09:00:00Z'",
                        "'DONE', '2026-03-01T09:00:00Z'", "'EFFECT_VERIFIED', '2026-04-01T09:00:00Z'"));
                // verified without a recorded change to done
                actions.put("verifiedOnly", action(statement, "EFFECT_VERIFIED", "2026-01-01T09:00:00Z",
                        "'EFFECT_VERIFIED', '2026-05-01T09:00:00Z'"));
                actions.put("createdDone", action(statement, "DONE", "2026-06-01T09:00:00Z"));
                actions.put("reopened", action(statement, "IN_PROGRESS", "2026-01-01T09:00:00Z",
                        "'DONE', '2026-02-01T09:00:00Z'", "'IN_PROGRESS', '2026-03-01T09:00:00Z'"));
            }

            database.migrate();

            Map<String, Instant> completed = new HashMap<>();
            try (Connection connection = DriverManager.getConnection(url);
                 ResultSet rows = connection.createStatement().executeQuery(
                         "select id, completed_at from improvement_action")) {
                while (rows.next()) {
                    java.sql.Timestamp at = rows.getTimestamp(2);
                    completed.put(rows.getString(1), at == null ? null : at.toInstant());
                }
            }
            assertThat(completed.get(actions.get("verified"))).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
            assertThat(completed.get(actions.get("verifiedOnly"))).isEqualTo(Instant.parse("2026-05-01T09:00:00Z"));
            assertThat(completed.get(actions.get("createdDone"))).isEqualTo(Instant.parse("2026-06-01T09:00:00Z"));
            assertThat(completed).containsEntry(actions.get("reopened"), null);
        }
    }

    /** An action in a status, created at a moment, with its status changes as (to status, at). */
    private static String action(Statement statement, String status, String createdAt, String... changes)
            throws Exception {
        String id = UUID.randomUUID().toString();
        statement.execute("insert into improvement_action (id, tenant_id, journey_id, title, type, owner_user_id, status,"
                + " priority, effort, created_at, updated_at, version) values ('" + id + "', '" + TENANT + "', '"
                + JOURNEY + "', 'Action', 'FUNCTIONAL_FIX', '" + USER + "', '" + status + "', 'MEDIUM', 'M', '"
                + createdAt + "', now(), 0)");
        statement.execute("insert into action_event (id, tenant_id, action_id, at, kind, to_status, version) values ('"
                + UUID.randomUUID() + "', '" + TENANT + "', '" + id + "', '" + createdAt + "', 'CREATED', '" + status
                + "', 0)");
        for (String change : changes) {
            String[] parts = change.split(", ");
            statement.execute("insert into action_event (id, tenant_id, action_id, at, kind, to_status, version) values ('"
                    + UUID.randomUUID() + "', '" + TENANT + "', '" + id + "', " + parts[1] + ", 'STATUS', " + parts[0]
                    + ", 0)");
        }
        return id;
    }
}
