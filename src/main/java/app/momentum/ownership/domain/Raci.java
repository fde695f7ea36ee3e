package app.momentum.ownership.domain;

import org.springframework.modulith.NamedInterface;

/**
 * A discipline's part in delivering a moment. Writing it down per moment makes clear who does the work, who
 * answers for the result, and who only needs to be asked or told, so a moment is never everyone's and nobody's.
 *
 * <p>Published to other modules (named interface {@code raci}, see the package documentation).
 */
@NamedInterface(name = "raci", propagate = false)
public enum Raci {
    /** Responsible: does the work. */
    R,
    /** Accountable: answers for the result; at most one per moment. */
    A,
    /** Consulted: asked for advice before decisions. */
    C,
    /** Informed: told about decisions. */
    I;

    /**
     * Whether this part delivers the moment: doing the work (R) or answering for it (A). Being asked or told
     * (C, I) is involvement, not delivery.
     */
    public boolean delivers() {
        return this == R || this == A;
    }

    /** Translation key of the role's display name, such as "Responsible". */
    public String labelKey() {
        return "raci." + name();
    }
}
