package app.momentum.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * {@code GET /api/v1/journeys} against the same query without the API's layers ({@code BareJourneysEndpoint}), side by
 * side in one run: warm-up of both, then bare, API, bare, API, each {@code seconds} long with {@code users} concurrent
 * users and no think time. Gatling's report gives requests per second per request name (docs/benchmarks.md).
 */
public class ApiThroughputSimulation extends Simulation {

    private static final String BASE = System.getProperty("base", "http://localhost:8095");
    private static final String TOKEN = System.getProperty("token", "");
    private static final String TENANT = System.getProperty("tenant", "");
    private static final int USERS = Integer.getInteger("users", 16);
    private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("seconds", 20));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).shareConnections().acceptHeader("application/json");

    private static ChainBuilder api(String name) {
        return exec(http(name).get("/api/v1/journeys").header("Authorization", "Bearer " + TOKEN)
                .check(status().is(200)));
    }

    private static ChainBuilder bare(String name) {
        return exec(http(name).get("/bench/journeys?tenant=" + TENANT).check(status().is(200)));
    }

    private static PopulationBuilder phase(String name, ChainBuilder request) {
        // USERS users that each send requests back to back for the phase: a constant number of requests in flight
        return scenario(name).during(PHASE).on(request).injectOpen(atOnceUsers(USERS));
    }

    {
        setUp(phase("warm-up bare", bare("warm-up bare")).andThen(
                phase("warm-up api", api("warm-up api")).andThen(
                phase("bare 1", bare("bare")).andThen(
                phase("api 1", api("api")).andThen(
                phase("bare 2", bare("bare")).andThen(
                phase("api 2", api("api"))))))))
                .protocols(protocol)
                .assertions(io.gatling.javaapi.core.CoreDsl.global().failedRequests().count().is(0L));
    }
}
