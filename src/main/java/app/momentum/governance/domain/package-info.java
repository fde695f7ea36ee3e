/**
 * The CX life-cycle gates as plain Java: which criteria a journey must meet to move forward from one of the four
 * stages (mapping, making, mining, management) to the next, evaluated on {@link JourneyFacts} that a service builds
 * later from journey, ownership, action and measurement; plus when a journey is stale. No Spring, no database: the
 * rules are unit-tested on small hand-built journeys, and only the published enums of journey and action are used.
 *
 * <p>Published (a named interface): the life cycle's API ({@code governance.LifeCycle}) hands out verdicts, criteria
 * and staleness reasons, which the board, the cockpit and the reminders read.
 */
@NamedInterface("domain")
package app.momentum.governance.domain;

import org.springframework.modulith.NamedInterface;
