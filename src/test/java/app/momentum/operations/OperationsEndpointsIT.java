package app.momentum.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public port answers only the health probes; metrics and health live on the management port, which a
 * deployment keeps private (tests use a random one); nothing else under /actuator is open on either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsIT {

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Value("${momentum.drain.notice-time}") Duration noticeTime;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theManagementPortIsItsOwn() {
        assertThat(managementPort).isPositive().isNotEqualTo(port);
    }

    @Test
    void livenessAndReadinessIncludingTheDatabaseAreUpOnBothPorts() throws Exception {
        for (String url : new String[] {
                management("/actuator/health/liveness"), management("/actuator/health/readiness"),
                pub("/livez"), pub("/readyz")}) {
            assertThat(get(url)).as(url).satisfies(r -> {
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).contains("\"status\":\"UP\"");
            });
        }
    }

    @Test
    void prometheusMetricsAreServedOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> metrics = get(management("/actuator/prometheus"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");

        HttpResponse<String> publicMetrics = get(pub("/actuator/prometheus"));
        assertThat(publicMetrics.statusCode()).isNotEqualTo(200);
        assertThat(publicMetrics.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void theDrainNoticeIsCalledOnTheManagementPortOnlyAndAnswersAfterTheNoticeTime() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> drain = get(management("/actuator/drain"));
        assertThat(drain.statusCode()).isEqualTo(200);
        // the tabs this node has open: in a test run, those of earlier browser tests whose sessions still live
        assertThat(drain.body()).matches("\\{\"tabsTold\":\\d+}");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(noticeTime);

        assertThat(get(pub("/actuator/drain")).statusCode()).isNotEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreNotOpen() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator",
                "/actuator/health", "/actuator/health/readiness"}) {
            assertThat(get(pub(path)).statusCode()).as("public " + path).isNotEqualTo(200);
        }
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops"}) {
            assertThat(get(management(path)).statusCode()).as("management " + path).isNotEqualTo(200);
        }
    }

    private String pub(String path) {
        return "http://localhost:" + port + path;
    }

    private String management(String path) {
        return "http://localhost:" + managementPort + path;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
