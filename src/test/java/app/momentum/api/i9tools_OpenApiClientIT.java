package app.momentum.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.momentum.apiclient.ApiClient;
import app.momentum.apiclient.ApiException;
import app.momentum.apiclient.api.JourneysApi;
import app.momentum.apiclient.model.JourneyPage;
import app.momentum.apiclient.model.JourneySummary;
import app.momentum.apiclient.model.Problem;
import app.momentum.testsupport.TestDatabaseEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Java client that the test build generates from our OpenAPI document (openapi-generator, see pom.xml) calls the
 * running Momentum: a client generator accepts the document, and what it describes is what the server answers —
 * data with a demo API token, a problem response without a valid one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiClientIT {

    @LocalServerPort int port;

    @Test
    void theGeneratedClientListsTheDemoJourneys() throws ApiException {
        JourneyPage page = journeysApi(TestDatabaseEnvironment.DEMO_ENERGY_API_TOKEN).listJourneys(false, 0, 50);
        assertThat(page.getTotal()).isGreaterThanOrEqualTo(2);
        assertThat(page.getItems()).extracting(JourneySummary::getName).contains("Overstappen naar Zonnestroom");
    }

    @Test
    void aRefusedCallAnswersWithTheDocumentedProblem() throws Exception {
        ApiClient client = client("mtm_not-a-token");
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new JourneysApi(client).listJourneys(false, 0, 10));
        assertThat(refused.getCode()).isEqualTo(401);
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(401);
        assertThat(problem.getCode()).isEqualTo("api.error.invalidToken");
        assertThat(problem.getDetail()).isNotBlank();
    }

    private JourneysApi journeysApi(String token) {
        return new JourneysApi(client(token));
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
