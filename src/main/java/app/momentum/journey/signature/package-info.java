/**
 * The signature check: eight rules as plain Java over {@code JourneyDesign}/{@code MomentDesign}, with their result
 * ({@code CheckResult} of {@code CheckItem}s, each with a {@code CheckStatus}), unit-tested without Spring.
 *
 * <p>Published as the named interface {@code signature}: the check's result is what other modules show and hand on
 * (the REST API returns a journey's check and its overall status), and a result is only worth sharing as the same
 * value type the journey module computes. Values and rules only: nothing here reads or writes the database.
 */
@NamedInterface("signature")
package app.momentum.journey.signature;

import org.springframework.modulith.NamedInterface;
