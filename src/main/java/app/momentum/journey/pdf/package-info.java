/**
 * Plain-Java PDF export of a journey map: {@link app.momentum.journey.pdf.JourneyPdf} renders a {@link
 * app.momentum.journey.pdf.PdfJourney} (phases, moments, emotion curves, signature check items, every text already
 * translated) as a landscape A4 document with Apache PDFBox and the DejaVu Sans fonts from {@code /fonts/} on the
 * classpath, drawn with {@code base.pdf}. Loading the journey and translating its texts is the caller's job. No
 * Spring, JPA or Vaadin here.
 */
package app.momentum.journey.pdf;
