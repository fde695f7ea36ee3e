package app.momentum.measurement.survey;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.TenantContext;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.ImpactQuestion;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.survey.SurveyImportService.ImportRequest;
import app.momentum.notification.NotificationType;
import app.momentum.notification.internal.Notification;
import app.momentum.notification.internal.NotificationRepository;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey queue as several nodes share it. This context's own worker is stopped for each test, so that the test
 * decides who claims what: "node A" is driven by hand (it claims, then dies or comes back late), "node B" is a worker
 * made here with a short stale time.
 */
@SpringBootTest
class SurveyJobQueueTest {

    private static final Duration STALE = Duration.ofSeconds(1);

    @Autowired TenantFixture fixture;
    @Autowired SurveyJobQueue queue;
    @Autowired SurveyJobWorker contextWorker;
    @Autowired SurveyImportService surveys;
    @Autowired SurveyImportJobs jobs;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired NotificationRepository notifications;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired app.momentum.testsupport.ModuleEvents moduleEvents;

    private TestTenant tenant;
    private Journey journey;
    private Map<String, UUID> moments;
    private SurveyJobWorker nodeB;

    @BeforeEach
    void aJourneyAndNoWorker() {
        contextWorker.stop();
        // jobs other test classes left unfinished in the shared database would be claimed here first
        jdbc.update("delete from survey_job where state in ('QUEUED', 'RUNNING')");
        tenant = fixture.create("queue");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY, null,
                null, null, null, null, LifecycleStage.MAPPING), List.of("Arrive", "Settle"));
        List<Phase> phases = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet());
        Moment welcome = maps.addMoment(phases.get(0).getId(), "Welcome");
        Moment bill = maps.addMoment(phases.get(1).getId(), "First bill");
        moments = new LinkedHashMap<>();
        moments.put("Welcome", welcome.getId());
        moments.put("First bill", bill.getId());
    }

    @AfterEach
    void workersAsBefore() {
        if (nodeB != null) {
            nodeB.stop();
        }
        TestLogin.logout();
        contextWorker.start();
    }

    @Test
    void twoNodesClaimingAtOnceNeverGetTheSameJob() throws Exception {
        UUID first = start("one.csv").id();
        UUID second = start("two.csv").id();
        CountDownLatch claimedByA = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Optional<SurveyJobQueue.Claimed>> nodeA = CompletableFuture.supplyAsync(() ->
                TenantContext.callInTenant(tenant.id(), () -> transaction.execute(status -> {
                    Optional<SurveyJobQueue.Claimed> claimed = queue.claim("node-a");
                    claimedByA.countDown();
                    await(done); // node A's claim stays uncommitted, its row locked, while node B claims
                    return claimed;
                })));
        if (!claimedByA.await(10, TimeUnit.SECONDS)) {
            nodeA.get(1, TimeUnit.SECONDS); // says why node A never claimed
        }
        Optional<SurveyJobQueue.Claimed> byB = queue.claim("node-b");
        Optional<SurveyJobQueue.Claimed> byC = queue.claim("node-c");
        done.countDown();

        assertThat(nodeA.get(10, TimeUnit.SECONDS)).get().extracting(SurveyJobQueue.Claimed::id).isEqualTo(first);
        assertThat(byB).get().extracting(SurveyJobQueue.Claimed::id).isEqualTo(second);
        assertThat(byC).as("nothing left to claim").isEmpty();
    }

    @Test
    void aJobWhoseNodeDiedIsFinishedByAnotherAndTheDeadNodesLateResultIsNotStored() throws Exception {
        SurveyImportJob queued = start("q2.csv");
        SurveyJobQueue.Claimed byA = queue.claim("node-a").orElseThrow();
        assertThat(job(queued).state()).isEqualTo(SurveyImportJob.State.RUNNING);
        // node A dies: no heartbeat, no result

        nodeB = startNodeB();
        SurveyImportJob done = awaitEnd(queued);

        assertThat(done.state()).isEqualTo(SurveyImportJob.State.DONE);
        assertThat(surveys.imports(journey.getId())).singleElement()
                .satisfies(stored -> assertThat(stored.getId()).isEqualTo(done.importId()));
        assertThat(attempts(queued.id())).isEqualTo(2);
        assertThat(chunks(queued.id())).as("the file is gone with the job's end").isZero();
        assertThat(notificationsOf(tenant.user(Role.CX_MANAGER).getId()))
                .anySatisfy(n -> assertThat(n.getType()).isEqualTo(NotificationType.ANALYSIS_READY));

        // node A was only slow: it comes back and finishes too, but its claim was given up
        TenantContext.runInTenant(tenant.id(), () -> surveys.runClaimed(byA, "node-a",
                temporaryFile(), share -> { }));
        assertThat(surveys.imports(journey.getId())).as("stored once").hasSize(1);
        assertThat(job(queued).importId()).isEqualTo(done.importId());
    }

    @Test
    void aJobWhoseNodesDiedAsOftenAsAllowedFailsWithAClearMessageAndStoresNothing() throws Exception {
        SurveyImportJob queued = start("q2.csv", Locale.forLanguageTag("nl"));
        queue.claim("node-a").orElseThrow();
        makeStale(queued.id());
        assertThat(queue.rescue(STALE, 2)).isEmpty(); // queued again: first attempt
        assertThat(job(queued).state()).isEqualTo(SurveyImportJob.State.QUEUED);
        queue.claim("node-c").orElseThrow();
        makeStale(queued.id()); // node C dies too

        nodeB = startNodeB();
        SurveyImportJob failed = awaitEnd(queued);

        assertThat(failed.state()).isEqualTo(SurveyImportJob.State.FAILED);
        assertThat(failed.error().key()).isEqualTo("import.error.interrupted");
        assertThat(surveys.imports(journey.getId())).isEmpty();
        assertThat(chunks(queued.id())).isZero();
        assertThat(notificationsOf(tenant.user(Role.CX_MANAGER).getId()))
                .anySatisfy(n -> {
                    assertThat(n.getType()).isEqualTo(NotificationType.ANALYSIS_FAILED);
                    assertThat(n.getSubject()).isEqualTo("q2.csv — De analyse is afgebroken omdat de server die haar "
                            + "uitvoerde stopte, ook bij de nieuwe poging. Er is niets opgeslagen; start haar opnieuw.");
                });
    }

    @Test
    void aStoppingNodeGivesItsJobsBackWithoutCountingTheAttempt() {
        SurveyImportJob queued = start("q2.csv");
        queue.claim("node-a").orElseThrow();

        assertThat(queue.release("node-b")).isZero();
        assertThat(queue.release("node-a")).isOne();

        assertThat(job(queued).state()).isEqualTo(SurveyImportJob.State.QUEUED);
        assertThat(attempts(queued.id())).isZero();
    }

    @Test
    void theFileComesBackByteForByteAcrossPieces() throws Exception {
        byte[] bytes = new byte[SurveyJobQueue.CHUNK_BYTES * 2 + 12_345];
        new Random(7).nextBytes(bytes);
        for (byte[] content : List.of(bytes, new byte[SurveyJobQueue.CHUNK_BYTES], new byte[0])) {
            Path upload = Files.write(Files.createTempFile("queue-test", ".csv"), content);
            SurveyImportJob job = transaction.execute(status -> queue.enqueue(tenant.id(),
                    tenant.user(Role.CX_MANAGER).getId(), work("bytes.csv"), "en", upload, Instant.now()));
            Path back = temporaryFile();
            queue.copyFile(job.id(), back);
            assertThat(Files.readAllBytes(back)).isEqualTo(content);
        }
    }

    @Test
    void anotherTenantFindsNoneOfTheJobs() {
        SurveyImportJob queued = start("q2.csv");
        TestTenant other = fixture.create("queue-other");
        assertThat(jobs.find(other.id(), queued.id())).isEmpty();
        assertThat(jobs.running(other.id(), journey.getId())).isEmpty();
        assertThat(jobs.running(tenant.id(), journey.getId())).extracting(SurveyImportJob::id).containsExactly(queued.id());
    }

    private SurveyJobWorker startNodeB() {
        SurveyJobWorker worker = new SurveyJobWorker(queue, new SurveyJobSignal(), surveys, "node-b", 1,
                Duration.ofMillis(100), Duration.ofMillis(200), STALE, 2, Duration.ofHours(1));
        worker.start();
        return worker;
    }

    private SurveyImportJob start(String fileName) {
        return start(fileName, Locale.ENGLISH);
    }

    private SurveyImportJob start(String fileName, Locale locale) {
        return surveys.start(request(fileName), SurveyFiles.write(SurveyFiles.FOUR_RESPONDENTS.replace("r1;",
                fileName.hashCode() + ";")), locale);
    }

    private SurveyJobQueue.Work work(String fileName) {
        return new SurveyJobQueue.Work(request(fileName), "hash", List.of(), null);
    }

    private ImportRequest request(String fileName) {
        ColumnMapping mapping = SurveyFiles.mapping(moments, "Region");
        return new ImportRequest(journey.getId(), fileName, mapping, 7, java.time.LocalDate.of(2026, 10, 1),
                ImpactQuestion.RECOMMEND, true, ImpactMethod.SATISFACTION_DRIVER);
    }

    private SurveyImportJob job(SurveyImportJob queued) {
        return jobs.find(tenant.id(), queued.id()).orElseThrow();
    }

    private SurveyImportJob awaitEnd(SurveyImportJob queued) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        SurveyImportJob job = job(queued);
        while (job.state().unfinished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            job = job(queued);
        }
        return job;
    }

    private void makeStale(UUID jobId) {
        jdbc.update("update survey_job set heartbeat_at = now() - interval '1 hour' where id = ?", jobId);
    }

    private int attempts(UUID jobId) {
        return jdbc.queryForObject("select attempts from survey_job where id = ?", Integer.class, jobId);
    }

    private int chunks(UUID jobId) {
        return jdbc.queryForObject("select count(*) from survey_job_chunk where job_id = ?", Integer.class, jobId);
    }

    private List<Notification> notificationsOf(UUID userId) {
        moduleEvents.awaitDelivered();
        return TenantContext.callInTenant(tenant.id(),
                () -> notifications.findByUserIdOrderByCreatedAtDesc(userId, PageRequest.of(0, 10)));
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("queue-test", ".upload");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
