package app.momentum.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the root refusal into the short "what happened / what to do" message Spring Boot prints. */
class EmbeddedPostgresAsRootFailureAnalyzer extends AbstractFailureAnalyzer<RootUserGuard.EmbeddedPostgresAsRootException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RootUserGuard.EmbeddedPostgresAsRootException cause) {
        return new FailureAnalysis(
                "No database is configured, so Momentum tried to start its embedded PostgreSQL. PostgreSQL refuses "
                        + "to run as root, this process runs as root, and this machine does not allow the user "
                        + "namespace that works round it (" + cause.getCause().getMessage() + ").",
                """
                Point Momentum at a PostgreSQL server instead, for example the one on this machine:

                    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/momentum SPRING_DATASOURCE_USERNAME=postgres \
                MOMENTUM_DEMO_ENABLED=true ./mvnw spring-boot:run

                Momentum creates the database if the server does not have it yet. Or run as a normal user to use \
                the embedded database.""",
                cause);
    }
}
