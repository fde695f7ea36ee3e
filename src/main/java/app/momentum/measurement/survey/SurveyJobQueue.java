package app.momentum.measurement.survey;

import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.importing.SurveyImportException;
import app.momentum.measurement.survey.SurveyImportService.ImportRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue of survey analyses that every node reads (table {@code survey_job}), with each upload kept beside its job
 * in pieces ({@code survey_job_chunk}) so that whichever node takes the job can read it. A job is QUEUED, then
 * RUNNING on the node that claimed it, then DONE or FAILED. Plain SQL: the claim needs {@code FOR UPDATE SKIP LOCKED}
 * and spans all tenants; everything a screen reads is filtered by the tenant explicitly.
 */
@Component
class SurveyJobQueue {

    /** Pieces of the upload: small enough to hold one in memory, large enough to keep the rows few. */
    static final int CHUNK_BYTES = 1 << 20;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SNAPSHOT_COLUMNS = "id, tenant_id, journey_id, user_id, file_name, state, progress, "
            + "import_id, error, created_at, finished_at";

    /** What the user confirmed, as the analysis needs it on whichever node runs it. */
    record Work(ImportRequest request, String contentHash, List<MomentInfo> moments, AnalysisSettings settings) {
    }

    /** A job this node claimed: its {@code attempt} tells this claim from a later one after a rescue. */
    record Claimed(UUID id, UUID tenantId, UUID userId, String fileName, String language, int attempt,
                   Instant createdAt, Work work) {
    }

    /** A job given up because its node stopped more often than allowed. */
    record Abandoned(UUID id, UUID tenantId, UUID userId, UUID journeyId, String fileName, String language) {
    }

    /** How an error is kept: the bundle key and the message arguments. */
    private record StoredError(String key, Integer row, String column, String value, List<Object> args) {
    }

    private final JdbcTemplate jdbc;

    SurveyJobQueue(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Queues a job and stores its file; in the caller's transaction, so a job is never queued without its file. */
    SurveyImportJob enqueue(UUID tenantId, UUID userId, Work work, String language, Path file, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into survey_job (id, tenant_id, journey_id, user_id, file_name, request, language, state, "
                        + "created_at) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, 'QUEUED', ?)",
                id, tenantId, work.request().journeyId(), userId, work.request().fileName(),
                JSON.writeValueAsString(work), language, Timestamp.from(now));
        try (InputStream in = Files.newInputStream(file)) {
            int position = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0 || position == 0) {
                jdbc.update("insert into survey_job_chunk (job_id, position, bytes) values (?, ?, ?)",
                        id, position++, chunk);
                if (chunk.length < CHUNK_BYTES) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SurveyImportJob(id, tenantId, work.request().journeyId(), work.request().fileName(), userId, now,
                SurveyImportJob.State.QUEUED, 0, null, null, null);
    }

    /** The oldest waiting job, now RUNNING on {@code node}; empty when none waits (or all are being claimed). */
    Optional<Claimed> claim(String node) {
        return jdbc.query("update survey_job set state = 'RUNNING', attempts = attempts + 1, claimed_by = ?, "
                        + "heartbeat_at = now(), progress = 0 where id = (select id from survey_job where state = 'QUEUED' "
                        + "order by created_at limit 1 for update skip locked) "
                        + "returning id, tenant_id, user_id, file_name, language, attempts, created_at, request",
                (rows, n) -> new Claimed(rows.getObject("id", UUID.class), rows.getObject("tenant_id", UUID.class),
                        rows.getObject("user_id", UUID.class), rows.getString("file_name"), rows.getString("language"),
                        rows.getInt("attempts"), rows.getTimestamp("created_at").toInstant(),
                        JSON.readValue(rows.getString("request"), Work.class)), node).stream().findFirst();
    }

    /** Writes the job's file to {@code target}, a piece at a time. */
    void copyFile(UUID jobId, Path target) {
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int position = 0; ; position++) {
                List<byte[]> chunk = jdbc.query("select bytes from survey_job_chunk where job_id = ? and position = ?",
                        (rows, n) -> rows.getBytes(1), jobId, position);
                if (chunk.isEmpty()) {
                    return;
                }
                out.write(chunk.getFirst());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This node still works on these jobs, this far along. */
    void heartbeat(String node, Map<UUID, Double> progress) {
        progress.forEach((id, share) -> jdbc.update("update survey_job set heartbeat_at = now(), progress = ? "
                + "where id = ? and claimed_by = ? and state = 'RUNNING'", share, id, node));
    }

    /**
     * Locks the job if this claim still holds it (RUNNING, by this node, this attempt), for the transaction that
     * stores its outcome: a claim that was given up meanwhile stores nothing.
     */
    boolean stillHeld(Claimed job, String node) {
        return !jdbc.queryForList("select id from survey_job where id = ? and claimed_by = ? and attempts = ? "
                + "and state = 'RUNNING' for update", UUID.class, job.id(), node, job.attempt()).isEmpty();
    }

    /** Marks a held job DONE with its stored import and drops its file. */
    void done(UUID jobId, UUID importId, Instant at) {
        jdbc.update("update survey_job set state = 'DONE', progress = 1, import_id = ?, finished_at = ? where id = ?",
                importId, Timestamp.from(at), jobId);
        jdbc.update("delete from survey_job_chunk where job_id = ?", jobId);
    }

    /** Marks a held (or abandoned) job FAILED with why, and drops its file. */
    void failed(UUID jobId, SurveyImportException error, Instant at) {
        StoredError stored = new StoredError(error.key(), error.row(), error.column(), error.value(),
                Arrays.asList(error.args()));
        jdbc.update("update survey_job set state = 'FAILED', error = cast(? as jsonb), finished_at = ? where id = ?",
                JSON.writeValueAsString(stored), Timestamp.from(at), jobId);
        jdbc.update("delete from survey_job_chunk where job_id = ?", jobId);
    }

    /** Gives the jobs this node runs back to the queue (it is stopping), not counting the attempt. */
    int release(String node) {
        return jdbc.update("update survey_job set state = 'QUEUED', claimed_by = null, heartbeat_at = null, "
                + "progress = 0, attempts = attempts - 1 where claimed_by = ? and state = 'RUNNING'", node);
    }

    /**
     * Jobs whose node stopped beating for {@code stale}: queued again while they were tried fewer than
     * {@code maxAttempts} times; else returned, for the caller to fail them.
     */
    List<Abandoned> rescue(Duration stale, int maxAttempts) {
        double seconds = stale.toMillis() / 1000.0;
        jdbc.update("update survey_job set state = 'QUEUED', claimed_by = null, heartbeat_at = null, progress = 0 "
                + "where state = 'RUNNING' and attempts < ? and heartbeat_at < now() - make_interval(secs => ?)",
                maxAttempts, seconds);
        return jdbc.query("select id, tenant_id, user_id, journey_id, file_name, language from survey_job "
                        + "where state = 'RUNNING' and attempts >= ? and heartbeat_at < now() - make_interval(secs => ?) "
                        + "for update skip locked",
                (rows, n) -> new Abandoned(rows.getObject("id", UUID.class), rows.getObject("tenant_id", UUID.class),
                        rows.getObject("user_id", UUID.class), rows.getObject("journey_id", UUID.class),
                        rows.getString("file_name"), rows.getString("language")), maxAttempts, seconds);
    }

    /** Locks an abandoned job if it is still abandoned, for the transaction that fails it. */
    boolean stillAbandoned(UUID jobId, Duration stale) {
        return !jdbc.queryForList("select id from survey_job where id = ? and state = 'RUNNING' "
                        + "and heartbeat_at < now() - make_interval(secs => ?) for update skip locked", UUID.class,
                jobId, stale.toMillis() / 1000.0).isEmpty();
    }

    /** Forgets finished jobs older than {@code keep}: their results are in the survey's tables. */
    int forgetFinished(Duration keep) {
        return jdbc.update("delete from survey_job where finished_at < now() - make_interval(secs => ?)",
                keep.toMillis() / 1000.0);
    }

    Optional<SurveyImportJob> find(UUID tenantId, UUID jobId) {
        return jdbc.query("select " + SNAPSHOT_COLUMNS + " from survey_job where tenant_id = ? and id = ?",
                (rows, n) -> snapshot(rows), tenantId, jobId).stream().findFirst();
    }

    /** The journey's jobs waiting or running, oldest first. */
    List<SurveyImportJob> unfinished(UUID tenantId, UUID journeyId) {
        return jdbc.query("select " + SNAPSHOT_COLUMNS + " from survey_job where tenant_id = ? and journey_id = ? "
                + "and state in ('QUEUED', 'RUNNING') order by created_at", (rows, n) -> snapshot(rows),
                tenantId, journeyId);
    }

    private static SurveyImportJob snapshot(ResultSet rows) throws SQLException {
        Timestamp finished = rows.getTimestamp("finished_at");
        String error = rows.getString("error");
        return new SurveyImportJob(rows.getObject("id", UUID.class), rows.getObject("tenant_id", UUID.class),
                rows.getObject("journey_id", UUID.class), rows.getString("file_name"),
                rows.getObject("user_id", UUID.class), rows.getTimestamp("created_at").toInstant(),
                SurveyImportJob.State.valueOf(rows.getString("state")), rows.getDouble("progress"),
                rows.getObject("import_id", UUID.class), error == null ? null : exception(error),
                finished == null ? null : finished.toInstant());
    }

    private static SurveyImportException exception(String json) {
        StoredError stored = JSON.readValue(json, StoredError.class);
        List<Object> args = stored.args() == null ? List.of() : new ArrayList<>(stored.args());
        return new SurveyImportException(stored.key(), stored.row(), stored.column(), stored.value(), args.toArray());
    }
}
