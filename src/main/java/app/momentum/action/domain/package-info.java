/**
 * The rules of improvement actions as plain Java, unit-tested without Spring: the vocabulary of an action
 * ({@code ActionStatus}, {@code ActionType}, {@code Priority}, {@code Effort}), its workflow ({@code ActionWorkflow}),
 * who may do what ({@code ActionPermissions}) and which due dates are acceptable ({@code DueDates}).
 *
 * <p>Published as the named interface {@code domain}: other modules speak this vocabulary when they propose or seed
 * actions (journey mining turns a quadrant into an action of a type and priority, the demo seeds actions in every
 * status and asks who may own one), and they must get the same answers the action module itself gets. Only values
 * and rules live here; the entities, repositories, services and views of actions stay internal to their packages.
 */
@NamedInterface("domain")
package app.momentum.action.domain;

import org.springframework.modulith.NamedInterface;
