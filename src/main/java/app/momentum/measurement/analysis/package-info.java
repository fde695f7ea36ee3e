/**
 * Survey analysis for a customer journey: NPS with its uncertainty, CXi, customer effort, and per moment how
 * often it is experienced, how well it scores, how strongly it drives recommendation (impact) and what to do
 * about it (quadrant, target, priority).
 *
 * <p>Plain Java on purpose: the arithmetic is the product's method and must be testable by hand, without a
 * database or a UI. Values that cannot be computed (no answers, no variance) are {@code NaN} rather than an
 * exception or a misleading zero, so an empty or thin survey still renders.
 *
 * <p>Published as the named interface {@code analysis}: its results ({@code AnalysisResult}, {@code SegmentResult},
 * {@code MomentResult}, {@code NpsResult}, {@code Quadrant}, {@code ImpactQuestion}, {@code AnalysisSettings}) are
 * immutable value types that other modules display and hand on as they are — the journey map shows each moment's
 * measured score and target, the REST API returns an analysis — and they must not be re-derived elsewhere. The
 * arithmetic is published with them because it has no state to protect. Storing results is
 * {@code measurement.survey}'s job, which stays internal.
 */
@NamedInterface("analysis")
package app.momentum.measurement.analysis;

import org.springframework.modulith.NamedInterface;
