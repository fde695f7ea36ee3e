package app.momentum.security;

import java.io.Serializable;
import java.util.UUID;

/** The logged-in person, as kept in the security context (no password). */
public record MomentumUser(UUID id, String email, String displayName, boolean platformAdmin) implements Serializable {
}
