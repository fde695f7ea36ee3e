/**
 * Plain-Java core of exporting a journey's moments to CSV and importing moments from CSV: {@link
 * app.momentum.journey.csv.MomentCsvWriter} writes {@link app.momentum.journey.csv.MomentRow}s, {@link
 * app.momentum.journey.csv.MomentCsvReader} reads and validates them against an {@link
 * app.momentum.journey.csv.ImportContext}. Names (phases, channels, brand values, disciplines) travel as text; mapping
 * them to entities and saving is the caller's job. No Spring, JPA or Vaadin here.
 */
package app.momentum.journey.csv;
