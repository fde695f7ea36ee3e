package app.momentum.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.momentum.report.BoardReportDocument;
import app.momentum.report.BoardReportDocument.Actions;
import app.momentum.report.BoardReportDocument.Compass;
import app.momentum.report.BoardReportDocument.DisciplineRow;
import app.momentum.report.BoardReportDocument.KpiRow;
import app.momentum.report.BoardReportDocument.KpiStatus;
import app.momentum.report.BoardReportDocument.Labels;
import app.momentum.report.BoardReportDocument.MomentRow;
import app.momentum.report.BoardReportDocument.Portfolio;
import app.momentum.report.BoardReportDocument.Quadrant;
import app.momentum.report.BoardReportDocument.StageCount;
import app.momentum.report.BoardReportDocument.StaleRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders hand-built board reports and reads them back with PDFBox's text extraction. */
class BoardReportPdfTest {

    static final Labels ENGLISH = new Labels("Portfolio by stage", "As of 4 December 2026", "Total",
            "KPIs against targets", "KPI", "Latest", "Target", "Status", "Last 8 periods", "Change",
            "No KPI values yet: record or import them on the KPI page.",
            "Moments below target", "Moment", "Journey", "Score", "No moment is below its target in the latest survey.",
            "Improvement actions", "Done in the quarter", "Overdue at its end", "Discipline", "Done", "Overdue",
            "No actions done or overdue in this quarter.", "Maturity compass", "Quadrant", "Level",
            "Since previous round", "No maturity scan round yet.", "Stale journeys", "As of 4 December 2026",
            "Owner", "Reason", "No stale journeys.", "Page {0} of {1}");

    static final Labels DUTCH = new Labels("Portfolio per fase", "Stand 4 december 2026", "Totaal",
            "KPI''s tegen doelen", "KPI", "Laatste", "Doel", "Status", "Laatste 8 perioden", "Verandering",
            "Nog geen KPI-waarden: leg ze vast of importeer ze op de KPI-pagina.",
            "Momenten onder doel", "Moment", "Klantreis", "Cijfer", "Geen moment ligt onder zijn doel.",
            "Verbeteracties", "Afgerond in het kwartaal", "Te laat aan het eind", "Discipline", "Afgerond",
            "Te laat", "Geen acties afgerond of te laat in dit kwartaal.", "Volwassenheidskompas", "Kwadrant",
            "Niveau", "Sinds vorige ronde", "Nog geen ronde van de volwassenheidsscan.", "Verouderde klantreizen",
            "Stand 4 december 2026", "Eigenaar", "Reden", "Geen verouderde klantreizen.", "Pagina {0} van {1}");

    static BoardReportDocument english() {
        return new BoardReportDocument(Locale.ENGLISH, "Board report Q4 2026", "Acme Insurance · October – December 2026",
                "4 Dec 2026, 10:15", ENGLISH,
                new Portfolio(List.of(new StageCount("Mapping", 3), new StageCount("Making", 2),
                        new StageCount("Mining", 1), new StageCount("Management", 1234)), 1240),
                List.of(new KpiRow("Net Promoter Score", "+32", "+30", KpiStatus.MET, "Met",
                                Arrays.asList(20.0, 22.0, null, 25.0, 27.0, 30.0, 29.0, 32.0), "+3.0"),
                        new KpiRow("Customer Effort Score", "3.4", "3.0", KpiStatus.MISSED, "Missed",
                                List.of(3.1, 3.2, 3.4), "+0.2"),
                        new KpiRow("CXi", "–", "–", KpiStatus.NO_VALUE, "No value", List.of(), "")),
                List.of(new MomentRow("Report the damage", "Claims – “without worries”", "6.1", "8.0"),
                        new MomentRow("Receive the policy", "Buying insurance", "6.8", "7.0")),
                new Actions(17, 4, List.of(new DisciplineRow("Customer service", 10, 3),
                        new DisciplineRow("Marketing", 7, 1))),
                Optional.of(new Compass("Autumn round 2026", List.of(
                        new Quadrant("Define", 31.5, 52, 2, "Advanced", 28.0, "+3.5"),
                        new Quadrant("Design", 40.2, 72, 2, "Advanced", 41.0, "−0.8"),
                        new Quadrant("Equip", 40.0, 52, 3, "Highly advanced", null, ""),
                        new Quadrant("Sustain", 60.0, 72, 4, "Expert", 55.0, "+5.0")))),
                List.of(new StaleRow("Moving house", "Sanne de Vries", "Review overdue since 1 Nov 2026")));
    }

    static BoardReportDocument emptyReport(Labels labels, Locale locale) {
        return new BoardReportDocument(locale, "Board report Q1 2027", "Acme", "1 Apr 2027", labels,
                new Portfolio(List.of(new StageCount("Mapping", 0)), 0), List.of(), List.of(),
                new Actions(0, 0, List.of()), Optional.empty(), List.of());
    }

    @Test
    void everySectionShowsItsFiguresOnAnA4PortraitPage() throws IOException {
        byte[] pdf = BoardReportPdf.render(english());

        assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, within(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, within(1f));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Board report Q4 2026");
            String text = text(document);
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Board report Q4 2026", "Acme Insurance · October – December 2026",
                    "4 Dec 2026, 10:15",
                    "Portfolio by stage", "As of 4 December 2026", "Mapping", "Management", "1,234", "1,240",
                    "KPIs against targets", "Net Promoter Score", "+32", "+30", "Met", "Missed", "+3.0", "No value",
                    "Moments below target", "Report the damage", "Claims – “without worries”", "6.1", "8.0",
                    "Improvement actions", "Done in the quarter", "17", "Overdue at its end", "Customer service",
                    "Maturity compass", "Autumn round 2026", "Define", "31.5 / 52", "Advanced", "+3.5", "Highly advanced", "Expert",
                    "Stale journeys", "Moving house", "Sanne de Vries", "Review overdue since 1 Nov 2026",
                    "Page 1 of " + pages);
            assertThat(text).doesNotContain("No KPI values yet", "No maturity scan round yet");
        }
    }

    @Test
    void dutchReportShowsDutchTextsAndNumbers() throws IOException {
        BoardReportDocument english = english();
        BoardReportDocument dutch = new BoardReportDocument(Locale.forLanguageTag("nl-NL"),
                "Directierapportage K4 2026", "Acme Verzekeringen · oktober – december 2026", "4 dec 2026, 10:15",
                DUTCH, english.portfolio(), List.of(new KpiRow("Net Promoter Score", "+32", "+30", KpiStatus.MET,
                        "Gehaald", List.of(1.0, 2.0), "+3,0")),
                english.momentsBelowTarget(), english.actions(),
                Optional.of(new Compass("Najaarsronde financiële zaken", List.of(
                        new Quadrant("Define", 31.5, 52, 2, "Ver gevorderd", null, ""),
                        new Quadrant("Design", 60.0, 72, 3, "Zeer ver gevorderd", 41.0, "+19,0")))),
                english.staleJourneys());

        try (PDDocument document = Loader.loadPDF(BoardReportPdf.render(dutch))) {
            assertThat(text(document)).contains("Directierapportage K4 2026", "Portfolio per fase", "1.234",
                    "Gehaald", "+3,0", "Volwassenheidskompas", "Najaarsronde financiële zaken", "Define", "31,5 / 52",
                    "Ver gevorderd", "Zeer ver gevorderd", "+19,0", "Verouderde klantreizen", "Pagina 1 van");
        }
    }

    @Test
    void anEmptyReportSaysWhatIsMissingInEverySection() throws IOException {
        try (PDDocument document = Loader.loadPDF(BoardReportPdf.render(emptyReport(ENGLISH, Locale.ENGLISH)))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document)).contains("No KPI values yet: record or import them on the KPI page.",
                    "No moment is below its target in the latest survey.",
                    "No actions done or overdue in this quarter.", "No maturity scan round yet.",
                    "No stale journeys.", "Page 1 of 1");
        }
        try (PDDocument document = Loader.loadPDF(BoardReportPdf.render(emptyReport(DUTCH, Locale.ENGLISH)))) {
            assertThat(text(document)).contains("Nog geen KPI-waarden", "Geen verouderde klantreizen.");
        }
    }

    @Test
    void aLongListContinuesOnTheNextPagesWithItsHeaderRepeated() throws IOException {
        BoardReportDocument base = english();
        List<MomentRow> many = new ArrayList<>();
        IntStream.rangeClosed(1, 120).forEach(i -> many.add(new MomentRow("Moment " + i, "Journey", "5.0", "7.0")));
        BoardReportDocument longReport = new BoardReportDocument(base.locale(), base.title(), base.subtitle(),
                base.generatedAt(), base.labels(), base.portfolio(), base.kpis(), many, base.actions(),
                base.compass(), base.staleJourneys());

        try (PDDocument document = Loader.loadPDF(BoardReportPdf.render(longReport))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            String text = text(document);
            assertThat(text).contains("Moment 1 ", "Moment 120", "Page " + pages + " of " + pages);
            // The table's header is repeated on the page where it continues.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertThat(second).contains("Moment", "Journey", "Score", "Target");
            // Nothing is left out or drawn twice.
            for (int i = 1; i <= 120; i++) {
                assertThat(text.split("Moment " + i + "\\b", -1)).as("Moment " + i).hasSize(2);
            }
        }
    }

    @Test
    void hostileTextIsDrawnLiterallyAndUnknownCharactersDoNotBreakRendering() throws IOException {
        BoardReportDocument base = english();
        BoardReportDocument odd = new BoardReportDocument(base.locale(), "<script>alert(1)</script> 😀",
                base.subtitle(), base.generatedAt(), base.labels(), base.portfolio(), base.kpis(),
                List.of(new MomentRow("=SUM(A1)\u200b", null, "1", "2")), base.actions(), base.compass(),
                base.staleJourneys());
        try (PDDocument document = Loader.loadPDF(BoardReportPdf.render(odd))) {
            assertThat(text(document)).contains("<script>alert(1)</script>", "=SUM(A1)");
        }
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }
}
