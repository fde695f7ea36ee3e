/**
 * Survey analysis for a customer journey: NPS with its uncertainty, CXi, customer effort, and per moment how
 * often it is experienced, how well it scores, how strongly it drives recommendation (impact) and what to do
 * about it (quadrant, target, priority).
 *
 * <p>Plain Java on purpose: the arithmetic is the product's method and must be testable by hand, without a
 * database or a UI. Values that cannot be computed (no answers, no variance) are {@code NaN} rather than an
 * exception or a misleading zero, so an empty or thin survey still renders.
 */
package app.momentum.measurement.analysis;
