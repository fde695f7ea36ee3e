package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.testsupport.TestDatabase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Momentum on two nodes, as behind a load balancer with sticky sessions: two JVMs of the application on one
 * database of their own, with live events and presence over PostgreSQL ({@code momentum.live.transport=postgres}).
 * A browser on each node: an edit on one appears on the other within a second, each sees the other person; then the
 * node that runs a survey analysis is killed (SIGKILL, no goodbye) and the other node finishes the analysis, stored
 * once.
 */
class TwoNodesBrowserIT {

    // the nodes run with the test environment, which sets the demo password
    private static final String PASSWORD = app.momentum.testsupport.TestDatabaseEnvironment.DEMO_PASSWORD;
    private static final Duration STALE_AFTER = Duration.ofSeconds(3);

    private static String database;
    private static AppNode nodeA;
    private static AppNode nodeB;

    private final List<Browser> browsers = new ArrayList<>();
    @RegisterExtension final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browsers);

    @BeforeAll
    static void twoNodes() throws Exception {
        database = TestDatabase.fresh();
        // one after the other: the first creates the schema and the demo data, the second finds them
        nodeA = start("node-a");
        nodeB = start("node-b");
    }

    @AfterAll
    static void stopNodes() {
        for (AppNode node : new AppNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }

    @Test
    void editsAndPresenceCrossNodesAndAnAnalysisSurvivesItsNodesDeath() throws Exception {
        Browser onA = browser(nodeA);
        BrowserTestBase.logIn(onA, "cx@demo-bank.example", PASSWORD);
        onA.open("/journeys");
        onA.click("#new-journey");
        String name = "Two nodes " + UUID.randomUUID().toString().substring(0, 6);
        onA.type("#journey-name input", name);
        onA.click("#editor-save");
        MapCanvas canvasA = new MapCanvas(onA).awaitColumns(0);
        String journeyPath = onA.currentPath();
        String journeyId = journeyPath.replaceAll("^/journeys/([0-9a-f-]{36}).*$", "$1");

        Browser onB = browser(nodeB);
        BrowserTestBase.logIn(onB, "contributor@demo-bank.example", PASSWORD);
        onB.open(journeyPath);
        onB.awaitText(name);

        // presence: each sees the other person, though they are on different nodes
        MapVisitors.await(onA, List.of("Casey Contributor"));
        MapVisitors.await(onB, List.of("Chris Experience"));

        // an edit on node A appears on node B within a second
        canvasA.addMoment(0, "Across nodes");
        canvasA.awaitColumns(1);
        long shownOnA = System.nanoTime();
        new WebDriverWait(onB.driver, Duration.ofSeconds(1)).until(d -> onB.pageText().contains("Across nodes"));
        System.out.printf("Two nodes: the edit showed on node B %d ms after node A%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shownOnA));

        // a large survey, so the analysis runs long enough to kill its node halfway
        Path file = largeSurvey("Across nodes", 2_000_000);
        onA.open("/mining?journey=" + journeyId);
        onA.click("#mining-import");
        onA.awaitText("Import survey results");
        WebElement upload = onA.find("#survey-upload");
        WebElement input = onA.await(d -> upload.getShadowRoot().findElements(By.cssSelector("input[type=file]"))
                .stream().findFirst().orElse(null));
        input.sendKeys(file.toString());
        new WebDriverWait(onA.driver, Duration.ofSeconds(60))
                .until(d -> onA.pageText().contains(file.getFileName() + ": 3 columns"));
        onA.click("#survey-import-start");

        Map<String, Object> running = awaitRunning(journeyId);
        AppNode runner = nodeA.name().equals(running.get("claimed_by")) ? nodeA : nodeB;
        AppNode survivor = runner == nodeA ? nodeB : nodeA;
        runner.kill(); // SIGKILL: no release, no goodbye
        assertThat(job(journeyId)).as("killed halfway").containsEntry("state", "RUNNING");

        Map<String, Object> ended = awaitEnd(journeyId, Duration.ofSeconds(90));
        assertThat(ended).containsEntry("state", "DONE").containsEntry("claimed_by", survivor.name())
                .containsEntry("attempts", 2);
        assertThat(count("select count(*) from survey_import where journey_id = '" + journeyId + "'"))
                .as("stored once").isEqualTo(1);
        assertThat(count("select count(*) from survey_import where journey_id = '" + journeyId
                + "' and respondents = 2000000")).isEqualTo(1);
        assertThat(count("select count(*) from survey_job_chunk")).as("no upload left behind").isZero();

        // the survivor's browser shows the survey
        Browser there = survivor == nodeB ? onB : onA;
        there.open("/mining?journey=" + journeyId);
        there.awaitText(file.getFileName().toString());
    }

    private Browser browser(AppNode node) throws IOException {
        Browser browser = new Browser(node.url(), "en-US");
        browsers.add(browser);
        return browser;
    }

    /** Respondent, recommendation and one moment's satisfaction, about 17 bytes a respondent. */
    private static Path largeSurvey(String moment, int respondents) throws IOException {
        Path file = Files.createTempFile("two-nodes-survey", ".csv");
        Random random = new Random(11);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Respondent;Recommend;" + moment + "\n");
            for (int r = 1; r <= respondents; r++) {
                out.write("n" + r + ";" + random.nextInt(11) + ";" + (1 + random.nextInt(10)) + "\n");
            }
        }
        return file;
    }

    private static Map<String, Object> awaitRunning(String journeyId) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Map<String, Object> job = job(journeyId);
            if (job != null && "RUNNING".equals(job.get("state"))) {
                return job;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("The analysis never ran: " + job(journeyId));
    }

    private static Map<String, Object> awaitEnd(String journeyId, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Map<String, Object> job = job(journeyId);
        while (System.nanoTime() < deadline && ("RUNNING".equals(job.get("state")) || "QUEUED".equals(job.get("state")))) {
            Thread.sleep(200);
            job = job(journeyId);
        }
        return job;
    }

    private static Map<String, Object> job(String journeyId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select state, claimed_by, attempts from survey_job where journey_id = '"
                     + UUID.fromString(journeyId) + "'")) {
            return rows.next() ? Map.of("state", rows.getString(1), "claimed_by", String.valueOf(rows.getString(2)),
                    "attempts", rows.getInt(3)) : null;
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static AppNode start(String name) throws Exception {
        return AppNode.start(name, database, List.of("--momentum.live.transport=postgres", "--momentum.node-name=" + name,
                "--momentum.survey.stale-after=" + STALE_AFTER.toSeconds() + "s", "--momentum.survey.heartbeat=500ms"));
    }
}
