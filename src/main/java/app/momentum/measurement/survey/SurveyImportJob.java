package app.momentum.measurement.survey;

import app.momentum.measurement.importing.SurveyImportException;
import java.time.Instant;
import java.util.UUID;

/**
 * A survey analysis in the queue, as the upload page and the notifications see it: a snapshot, read again from the
 * queue to follow the job (it may run on another node).
 *
 * @param startedAt  when it was queued
 * @param progress   share done, 0–1
 * @param importId   the stored import once {@link State#DONE}
 * @param error      why it failed, once {@link State#FAILED}
 */
public record SurveyImportJob(UUID id, UUID tenantId, UUID journeyId, String fileName, UUID userId, Instant startedAt,
                              State state, double progress, UUID importId, SurveyImportException error,
                              Instant finishedAt) {

    /** Where the job is. */
    public enum State {
        /** Waiting for a node with a free slot. */
        QUEUED,
        RUNNING,
        DONE,
        FAILED;

        /** Still waiting or running. */
        public boolean unfinished() {
            return this == QUEUED || this == RUNNING;
        }
    }
}
