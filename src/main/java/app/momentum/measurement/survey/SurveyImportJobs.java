package app.momentum.measurement.survey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The survey analyses of a tenant, waiting, running or recently finished, read from the queue every node shares, so
 * an upload page can follow its job and a reopened page can find it again whichever node runs it. A finished job is
 * forgotten after a while ({@code momentum.survey.keep-finished}); its result is in the survey's tables.
 */
@Component
public class SurveyImportJobs {

    private final SurveyJobQueue queue;

    SurveyImportJobs(SurveyJobQueue queue) {
        this.queue = queue;
    }

    /** A job of the given tenant, as it is now; another tenant's job id finds nothing. */
    public Optional<SurveyImportJob> find(UUID tenantId, UUID jobId) {
        return queue.find(tenantId, jobId);
    }

    /** The journey's jobs that are waiting or running, oldest first. */
    public List<SurveyImportJob> running(UUID tenantId, UUID journeyId) {
        return queue.unfinished(tenantId, journeyId);
    }
}
