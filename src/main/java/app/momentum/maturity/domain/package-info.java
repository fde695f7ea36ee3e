/**
 * The CX-liner maturity scan's scoring as plain Java (see {@code ../shared/DOMAIN.md}, Maturity): the answer scale,
 * the ten parts and four quadrants of the 42 statements, the placement of each quadrant on five levels, the formal
 * strategy step, the inconsistencies and the advice. No Spring, no database: unit-tested on hand-computed answers.
 *
 * <p>Published as the named interface {@code domain}: {@code MaturityScans} speaks this vocabulary (answers, scores,
 * levels), so the modules that read the scan (the REST API, the demo, the cockpit) use the same values and rules.
 */
@NamedInterface("domain")
package app.momentum.maturity.domain;

import org.springframework.modulith.NamedInterface;
