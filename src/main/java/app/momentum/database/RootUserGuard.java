package app.momentum.database;

import com.sun.security.auth.module.UnixSystem;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * PostgreSQL refuses to run as root, so the embedded database cannot start there. Stop before anything
 * else starts, with a message that says what to do instead (registered in META-INF/spring.factories).
 */
public class RootUserGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (EmbeddedDatabaseCondition.usesEmbeddedDatabase(event.getEnvironment())) {
            refuseEmbeddedPostgresAsRoot();
        }
    }

    static void refuseEmbeddedPostgresAsRoot() {
        if (isRoot()) {
            throw new EmbeddedPostgresAsRootException();
        }
    }

    static boolean isRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError notUnix) {
            return false;
        }
    }

    /** Explained to the user by {@link EmbeddedPostgresAsRootFailureAnalyzer}. */
    public static class EmbeddedPostgresAsRootException extends IllegalStateException {
        EmbeddedPostgresAsRootException() {
            super("The embedded PostgreSQL cannot run as root");
        }
    }
}
