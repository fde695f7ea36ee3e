package app.momentum.measurement.survey;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The survey analyses of this node, running or recently finished, so an upload page can follow its job and a
 * reopened page can find it again. In memory like live events (single node); a finished job is forgotten after an
 * hour, its result is in the database.
 */
@Component
public class SurveyImportJobs {

    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    private final Map<UUID, SurveyImportJob> jobs = new ConcurrentHashMap<>();
    private final Clock clock;

    SurveyImportJobs(Clock clock) {
        this.clock = clock;
    }

    SurveyImportJob register(SurveyImportJob job) {
        forgetOld();
        jobs.put(job.id(), job);
        return job;
    }

    /** A job of the given tenant; another tenant's job id finds nothing. */
    public Optional<SurveyImportJob> find(UUID tenantId, UUID jobId) {
        return Optional.ofNullable(jobs.get(jobId)).filter(job -> job.tenantId().equals(tenantId));
    }

    /** The journey's jobs that are still running, oldest first. */
    public List<SurveyImportJob> running(UUID tenantId, UUID journeyId) {
        return jobs.values().stream()
                .filter(job -> job.tenantId().equals(tenantId) && job.journeyId().equals(journeyId))
                .filter(job -> job.state() == SurveyImportJob.State.RUNNING)
                .sorted(Comparator.comparing(SurveyImportJob::startedAt))
                .toList();
    }

    private void forgetOld() {
        var cutoff = clock.instant().minus(KEEP_FINISHED);
        jobs.values().removeIf(job -> job.finishedAt() != null && job.finishedAt().isBefore(cutoff));
    }
}
