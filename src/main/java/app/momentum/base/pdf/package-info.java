/**
 * PDF drawing shared by the exports (PDFBox): {@link app.momentum.base.pdf.PdfFont} (an embedded DejaVu Sans font
 * from {@code /fonts/} with cleaning, measuring, wrapping and ellipsis) and {@link app.momentum.base.pdf.PdfCanvas}
 * (text, rectangles, lines, polylines, polygons and circles on the current page, in PDF points), and
 * {@link app.momentum.base.pdf.PdfPages}, the scaffolding around them (document, fonts, the cursor down the page,
 * page breaks, footers, the bytes). Plain Java; the journey map PDF and the board report draw with them.
 */
package app.momentum.base.pdf;
