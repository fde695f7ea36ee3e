package app.momentum.browser;

import app.momentum.testsupport.TestDatabase;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Momentum in a JVM of its own, on the test's class path and a database the test names, with settings a shared test
 * context must not get (another live transport, single sign-on): what a test of several nodes, or of a setting that
 * changes the security filter chain, starts. Its output goes to {@code target/app-nodes/NAME.log}.
 */
final class AppNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the application and returns once its login page answers.
     *
     * @param arguments Spring properties as command-line arguments, e.g. {@code --momentum.live.transport=postgres}
     */
    static AppNode start(String name, String database, List<String> arguments) throws Exception {
        int port = freePort();
        Path log = Path.of("target", "app-nodes", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", System.getProperty("java.class.path"),
                "-D" + TestDatabase.GIVEN_PROPERTY + "=" + database));
        for (String property : List.of("vaadin.frontend.frontend.folder", "vaadin.node.folder")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add("app.momentum.MomentumApplication");
        command.add("--server.port=" + port);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppNode node = new AppNode(name, port, process, log);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped while starting; see " + log.toAbsolutePath());
            }
            if (answers(node.url() + "/login")) {
                return node;
            }
            Thread.sleep(500);
        }
        node.close();
        throw new AssertionError(name + " did not start within 5 minutes; see " + log.toAbsolutePath());
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** SIGKILL: the node dies without a word, as a crashed pod does. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops it as Kubernetes would (SIGTERM, then SIGKILL after 30 s). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
