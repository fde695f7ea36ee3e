package app.momentum.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.testsupport.TestDatabaseEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API on a real server: Vaadin's servlet (mapped to the root) answers none of its paths, the OpenAPI document
 * and its UI are served without a token, and errors stay problem+json even for paths that do not exist.
 *
 * <p>Here beside the other server-level tests rather than in {@code app.momentum.api}: a focused run such as
 * {@code -Dtest='app.momentum.api.**'} would otherwise start this second (web server) context inside the unit-test
 * JVM, whose Vaadin security-context strategy then replaces the first context's and breaks the tests after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiEndpointsIT {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void theOpenApiDocumentIsServedWithoutATokenAndListsOnlyTheApi() throws Exception {
        HttpResponse<String> document = get("/api/v1/openapi.json", null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(document.body()).contains("\"/api/v1/journeys\"", "\"/api/v1/kpis/{id}/measurements\"", "\"bearer\"")
                .doesNotContain("\"/actuator", "\"/error\"");
    }

    @Test
    void theDocsUiIsServedWithoutAToken() throws Exception {
        HttpResponse<String> ui = get("/api/v1/docs", null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.uri().getPath()).startsWith("/api/v1/");
        assertThat(ui.body()).containsIgnoringCase("swagger-ui").doesNotContain("vaadin");
        HttpResponse<String> config = get("/api/v1/openapi.json/swagger-config", null);
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/api/v1/openapi.json");
    }

    @Test
    void theApiNeedsATokenAndKeepsNoSession() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/journeys", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");

        HttpResponse<String> demo = get("/api/v1/journeys", TestDatabaseEnvironment.DEMO_BANK_API_TOKEN);
        assertThat(demo.statusCode()).isEqualTo(200);
        assertThat(demo.body()).contains("\"items\"");
        assertThat(demo.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anUnknownApiPathIsAProblemNotAVaadinPage() throws Exception {
        HttpResponse<String> missing = get("/api/v1/no-such-thing", TestDatabaseEnvironment.DEMO_BANK_API_TOKEN);
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(missing.body()).doesNotContainIgnoringCase("vaadin").contains("api.error.noSuchPath");
        // the rest of the application is still Vaadin's
        HttpResponse<String> app = get("/login", null);
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.body()).containsIgnoringCase("vaadin");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
