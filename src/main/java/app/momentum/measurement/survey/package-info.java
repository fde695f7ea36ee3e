/**
 * Journey mining: survey imports of a journey, their stored results (overall, per segment value, per moment), the
 * column mapping remembered per journey and the tenant's analysis thresholds. Reading and analysing are in
 * {@code measurement.importing} and {@code measurement.analysis}; this package stores and serves the results.
 */
package app.momentum.measurement.survey;
