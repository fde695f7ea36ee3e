/**
 * Plain-Java PDF export of a journey map in the canvas's layout: {@link app.momentum.journey.pdf.JourneyPdf} renders a
 * {@link app.momentum.journey.pdf.PdfJourney} (the lanes to show in order, phases with their moments and each moment's
 * text per lane, emotion values with the peak and end, signature check items; every text already translated) as a
 * landscape A4 document with Apache PDFBox and the DejaVu Sans fonts from {@code /fonts/} on the classpath, drawn with
 * {@code base.pdf}. How columns spread over pages ({@code ColumnPages}) and where the emotion lines run
 * ({@code EmotionStrip}) are small rules of their own, unit-tested. Loading the journey, choosing the lanes and
 * translating the texts is the caller's job. No Spring, JPA or Vaadin here.
 */
package app.momentum.journey.pdf;
