/**
 * The board report as an A4 portrait PDF: {@link app.momentum.report.pdf.BoardReportPdf} draws a translated
 * {@link app.momentum.report.BoardReportDocument} with {@code base.pdf} (PDFBox, DejaVu Sans), every table through
 * {@link app.momentum.report.pdf.ReportTable}. Plain Java: no
 * Spring, JPA or Vaadin here.
 */
package app.momentum.report.pdf;
