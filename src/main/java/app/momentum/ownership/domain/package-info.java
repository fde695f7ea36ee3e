/**
 * The rules of a journey's responsibility matrix as plain Java, unit-tested without Spring: {@code Raci} (a
 * discipline's part in a moment) and {@code ResponsibilityRules} (one accountable discipline per moment, an owner who
 * delivers, and the gaps to close).
 *
 * <p>Only {@code Raci} is published (named interface {@code raci}, declared on the type): it is the vocabulary other
 * modules use to ask and answer "who is accountable for this moment" (follow-up routing, the demo). The rules stay
 * internal: enforcing them is the ownership module's job, done through its services, not something another module
 * should do on its own.
 */
package app.momentum.ownership.domain;
