package app.momentum.measurement.survey;

import app.momentum.base.TenantContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's share of the survey analyses: it claims queued jobs while it has a free slot
 * ({@code momentum.survey.parallel-imports}), runs them, and tells the queue every
 * {@code momentum.survey.heartbeat} that it still works on them and how far it got. It also rescues the jobs of
 * nodes that stopped beating for {@code momentum.survey.stale-after}: they are queued again, or failed with a clear
 * message once tried {@code momentum.survey.max-attempts} times. Stopping, it gives its running jobs back to the
 * queue for another node.
 */
@Component
class SurveyJobWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SurveyJobWorker.class);

    private final SurveyJobQueue queue;
    private final SurveyJobSignal signal;
    private final SurveyImportService surveys;
    private final String node;
    private final int slots;
    private final Duration poll;
    private final Duration heartbeat;
    private final Duration staleAfter;
    private final int maxAttempts;
    private final Duration keepFinished;
    private final Semaphore free;
    private final Map<UUID, Double> progress = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread dispatcher;
    private ExecutorService workers;

    SurveyJobWorker(SurveyJobQueue queue, SurveyJobSignal signal, SurveyImportService surveys,
                    @Value("${momentum.node-name:}") String nodeName,
                    @Value("${momentum.survey.parallel-imports:1}") int parallelImports,
                    @Value("${momentum.survey.poll:1s}") Duration poll,
                    @Value("${momentum.survey.heartbeat:2s}") Duration heartbeat,
                    @Value("${momentum.survey.stale-after:30s}") Duration staleAfter,
                    @Value("${momentum.survey.max-attempts:2}") int maxAttempts,
                    @Value("${momentum.survey.keep-finished:1h}") Duration keepFinished) {
        this.queue = queue;
        this.signal = signal;
        this.surveys = surveys;
        this.node = nodeName.isBlank() ? defaultNodeName() : nodeName;
        this.slots = Math.max(1, parallelImports);
        this.poll = poll;
        this.heartbeat = heartbeat;
        this.staleAfter = staleAfter;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.keepFinished = keepFinished;
        this.free = new Semaphore(slots);
    }

    /** The host's name and a random suffix: a restarted node is another node, whose predecessor's jobs are stale. */
    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String node() {
        return node;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        workers = Executors.newFixedThreadPool(slots, Thread.ofPlatform().daemon().name("survey-import-", 1).factory());
        dispatcher = Thread.ofPlatform().daemon().name("survey-queue").start(this::dispatch);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (dispatcher != null) {
            dispatcher.interrupt();
            join(dispatcher);
        }
        if (workers != null) {
            workers.shutdownNow();
        }
        try {
            int released = queue.release(node);
            if (released > 0) {
                log.info("Gave {} running survey analyses back to the queue for another node", released);
            }
        } catch (RuntimeException e) {
            log.warn("Could not give running survey analyses back to the queue; they are rescued once stale", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void dispatch() {
        long nextBeat = 0;
        long nextRescue = 0;
        while (running) {
            try {
                long now = System.nanoTime();
                if (now - nextRescue >= 0) {
                    rescue();
                    nextRescue = now + staleAfter.dividedBy(3).toNanos();
                }
                claimWhileFree();
                if (now - nextBeat >= 0) {
                    queue.heartbeat(node, Map.copyOf(progress));
                    nextBeat = now + heartbeat.toNanos();
                }
                signal.await(poll);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Looking at the survey queue failed; trying again in {}", poll, e);
                sleep(poll);
            }
        }
    }

    private void claimWhileFree() {
        while (running && free.tryAcquire()) {
            Optional<SurveyJobQueue.Claimed> claimed;
            try {
                claimed = queue.claim(node);
            } catch (RuntimeException e) {
                free.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                free.release();
                return;
            }
            SurveyJobQueue.Claimed job = claimed.get();
            progress.put(job.id(), 0.0);
            workers.execute(() -> run(job));
        }
    }

    private void run(SurveyJobQueue.Claimed job) {
        try {
            Path workFile = Files.createTempFile("momentum-survey-job-", ".upload");
            TenantContext.runInTenant(job.tenantId(), () -> surveys.runClaimed(job, node, workFile,
                    share -> progress.computeIfPresent(job.id(), (id, was) -> Math.max(was, Math.min(1, share)))));
        } catch (IOException | RuntimeException e) {
            log.error("Survey job {} ended unexpectedly; it is rescued once stale", job.id(), e);
        } finally {
            progress.remove(job.id());
            free.release();
            signal.wake(); // a slot is free: look at the queue now
        }
    }

    private void rescue() {
        for (SurveyJobQueue.Abandoned job : queue.rescue(staleAfter, maxAttempts)) {
            log.warn("Survey job {} stopped {} times with its node; it fails", job.id(), maxAttempts);
            TenantContext.runInTenant(job.tenantId(), () -> surveys.failAbandoned(job, staleAfter));
        }
        queue.forgetFinished(keepFinished);
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
