/** The board report's own persistence: the tenant's schedule and the stored reports. Never used by other modules. */
package app.momentum.report.internal;
