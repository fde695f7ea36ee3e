package app.momentum.measurement.survey;

import app.momentum.measurement.importing.SurveyImportException;
import java.time.Instant;
import java.util.UUID;

/**
 * A survey analysis running in the background, as the upload page and the notifications see it. Written by the
 * worker thread, read by UI threads, hence volatile fields rather than locks: readers only ever need a recent
 * value.
 */
public final class SurveyImportJob {

    /** Where the job is. */
    public enum State { RUNNING, DONE, FAILED }

    private final UUID id = UUID.randomUUID();
    private final UUID tenantId;
    private final UUID journeyId;
    private final String fileName;
    private final UUID userId;
    private final Instant startedAt;
    private volatile State state = State.RUNNING;
    private volatile double progress;
    private volatile UUID importId;
    private volatile SurveyImportException error;
    private volatile Instant finishedAt;

    SurveyImportJob(UUID tenantId, UUID journeyId, String fileName, UUID userId, Instant startedAt) {
        this.tenantId = tenantId;
        this.journeyId = journeyId;
        this.fileName = fileName;
        this.userId = userId;
        this.startedAt = startedAt;
    }

    void progress(double share) {
        progress = Math.max(progress, Math.min(1, share));
    }

    void done(UUID storedImportId, Instant at) {
        importId = storedImportId;
        progress = 1;
        finishedAt = at;
        state = State.DONE; // last: a reader that sees DONE sees the import id
    }

    void failed(SurveyImportException cause, Instant at) {
        error = cause;
        finishedAt = at;
        state = State.FAILED;
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public UUID journeyId() { return journeyId; }
    public String fileName() { return fileName; }
    public UUID userId() { return userId; }
    public Instant startedAt() { return startedAt; }
    public State state() { return state; }
    /** Share done, 0–1. */
    public double progress() { return progress; }
    /** The stored import once {@link State#DONE}. */
    public UUID importId() { return importId; }
    /** Why it failed, once {@link State#FAILED}. */
    public SurveyImportException error() { return error; }
    public Instant finishedAt() { return finishedAt; }
}
