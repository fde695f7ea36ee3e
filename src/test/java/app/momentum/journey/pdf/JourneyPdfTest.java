package app.momentum.journey.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.momentum.journey.pdf.PdfCheckItem.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders journeys and reads the PDFs back with PDFBox's text extraction. */
class JourneyPdfTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String DUTCH =
            "Officiële café-reünie: coöperatie ideeën € 12,50 → −2 ’t “klant” – en — ok · ✓";

    // ------------------------------------------------------------------ a small journey

    @Test
    void smallJourneyShowsEveryTextLiterallyOnALandscapePage() throws IOException {
        byte[] pdf = JourneyPdf.render(smallJourney());

        assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertLandscapeA4(document);
            // The map, the curves and the start of the check summary share the first page.
            assertThat(pageOf(document, "Emotiecurve")).isEqualTo(1);
            assertThat(pageOf(document, "Genoeg 9+-momenten")).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Schade melden – “zonder zorgen”");
            String text = text(document);
            assertThat(text).contains(
                    "Schade melden – “zonder zorgen”",
                    "Signature journey · Mapping",
                    "14 mei 2026, 10:15",
                    "Oriëntatie", "Aankoop", "Schade & herstel",
                    "Klant vergelijkt premies",
                    "Website", "Telefoon",
                    "9+", "Moment of truth", "Brand moment", "Marketing",
                    "Emotiecurve", "Huidig", "Gewenst",
                    "Signature-check", "Voldoet", "Let op", "Voldoet niet", "N.v.t.",
                    "Genoeg 9+-momenten", "3 van 7 momenten zijn 9+.",
                    "Resultaat: " + SCRIPT,
                    "<b>x</b> & <i>y</i>",
                    "1 / " + pages);
            assertThat(normalized(text)).contains(DUTCH);
            assertThat(text.split(Pattern.quote(SCRIPT), -1)).hasSize(3); // in a channel and in a check result
        }
    }

    @Test
    void fontsAreEmbeddedDejaVuSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(JourneyPdf.render(smallJourney()))) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            });
        }
    }

    @Test
    void dutchAccentsAndSymbolsSurviveTheRoundTrip() throws IOException {
        PdfJourney journey = new PdfJourney("Reïntegratie ’25", "Klantreis · Ontwerp", "1 juni 2026",
                List.of(new PdfPhase("Oriëntatie → keuze, coöperatie en reünie", List.of(
                        new PdfMoment("Prijs € 9,95 − korting", "E-mail – nieuwsbrief", List.of("Merkmoment"), false,
                                -2, 1)))),
                List.of(new PdfCheckItem("Voldoet", Status.PASS, "Eén “waarheid”", "Geen opmerkingen — prima.")),
                "Signature-check", "Emotiecurve", "Huidig", "Gewenst", "Nog geen fasen.");

        String text = normalized(text(JourneyPdf.render(journey)));

        assertThat(text).contains("Reïntegratie ’25", "Oriëntatie → keuze, coöperatie en reünie",
                "Prijs € 9,95 − korting", "E-mail – nieuwsbrief", "Eén “waarheid”", "Geen opmerkingen — prima.",
                "Klantreis · Ontwerp");
        assertThat(text).contains("é", "ë", "ï", "ö", "ü", "€", "–", "—", "→", "−", "’", "“", "”", "·");
    }

    // ------------------------------------------------------------------ a large journey

    /*
     * Timing, measured, not asserted: rendering this 200-moment, 8-phase journey took about 0.5 s as the first render
     * in a fresh JVM (class loading, reading and parsing the two fonts included) and 75-100 ms once warm, on the
     * development machine while idle; up to 1.5 s cold and 0.2-0.3 s warm while other builds were running. The PDF is
     * about 90 KB (font subsets embedded) in 7 pages; the small journey below renders to about 28 KB.
     */
    @Test
    void largeJourneySpansSeveralPagesAndLosesNoMoment() throws IOException {
        PdfJourney journey = largeJourney();

        byte[] pdf = JourneyPdf.render(journey);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            assertLandscapeA4(document);
            String all = normalized(text(document));
            for (PdfPhase phase : journey.phases()) {
                assertThat(all).contains(phase.name());
                for (PdfMoment moment : phase.moments()) {
                    assertThat(all).contains(moment.title());
                }
            }
            assertThat(all).contains("1 / " + pages, pages + " / " + pages, "Emotiecurve", "Signature-check");
            // The band of phases 5-8 starts on a later page, and its last moments are further on still.
            assertThat(pageOf(document, "Fase 8")).isGreaterThan(1);
            assertThat(pageOf(document, "Moment 200 ")).isGreaterThan(pageOf(document, "Fase 8"));
            assertThat(pageOf(document, "Moment 001 ")).isEqualTo(1);
            // Continuation pages repeat the header line small, and the phase names marked as continued.
            assertThat(page(document, pages)).contains("Grote reis · Signature journey · Mapping", "14 mei 2026");
            assertThat(all).contains("… Fase 1", "… Fase 8");
        }
    }

    // ------------------------------------------------------------------ edge cases

    @Test
    void emptyJourneyShowsTheEmptyText() throws IOException {
        PdfJourney journey = new PdfJourney("Lege reis", "Signature journey · Mapping", "14 mei 2026", List.of(),
                List.of(new PdfCheckItem("N.v.t.", Status.NOT_APPLICABLE, "Fasen", "Deze reis heeft nog geen fasen.")),
                "Signature-check", "Emotiecurve", "Huidig", "Gewenst",
                "Deze reis heeft nog geen fasen. Voeg een fase toe om te beginnen.");

        try (PDDocument document = Loader.loadPDF(JourneyPdf.render(journey))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = normalized(text(document));
            assertThat(text).contains("Lege reis", "Deze reis heeft nog geen fasen. Voeg een fase toe om te beginnen.",
                    "Signature-check", "Fasen");
            assertThat(text).doesNotContain("Emotiecurve");
        }
    }

    @Test
    void nullEmotionsChannelsBadgesAndTextsDoNotCrash() throws IOException {
        PdfJourney journey = new PdfJourney(null, null, null,
                Arrays.asList(
                        new PdfPhase("Zonder emoties", Arrays.asList(
                                new PdfMoment("Alleen huidig", null, null, false, 2, null),
                                new PdfMoment("Niets", null, Arrays.asList(null, " ", "Marketing"), true, null, null),
                                null,
                                new PdfMoment(null, "", List.of(), false, null, 3),
                                new PdfMoment("Buiten bereik", "Chat", List.of(), false, -7, 99))),
                        new PdfPhase(null, null),
                        null),
                Arrays.asList(null, new PdfCheckItem(null, null, null, null)),
                null, null, null, null, null);

        String text = text(JourneyPdf.render(journey));
        assertThat(text).contains("Zonder emoties", "Alleen huidig", "Niets", "Marketing", "Buiten bereik", "Chat");
    }

    @Test
    void aJourneyWithoutAnyEmotionStillDrawsTheCurveSection() throws IOException {
        List<PdfMoment> moments = IntStream.rangeClosed(1, 4)
                .mapToObj(i -> new PdfMoment("Stap " + i, null, List.of(), false, null, null)).toList();
        PdfJourney journey = journey(List.of(new PdfPhase("Fase", moments)), List.of());

        String text = text(JourneyPdf.render(journey));

        assertThat(text).contains("Emotiecurve", "Huidig", "Gewenst", "Stap 4").doesNotContain("Signature-check");
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarks() throws IOException {
        String title = "Klant \uD83E\uDDFF blij 漢字 \u0007bel\ttab\u200Bzw \uFFFF";
        PdfJourney journey = journey(List.of(new PdfPhase("Fase ❤\uFE0F",
                List.of(new PdfMoment(title, "Chat \uDBFF", List.of("\uD83D\uDC4D"), false, 1, 2)))), List.of());

        String text = normalized(text(JourneyPdf.render(journey)));

        assertThat(text).contains("Klant ? blij ?? bel tab", "Fase ❤", "Chat ?").doesNotContain("\uD83E\uDDFF");
    }

    @Test
    void longTitlesWrapWithoutLosingWordsAndAbsurdOnesEndInAnEllipsis() throws IOException {
        String longTitle = "De klant ontvangt na het melden van de schade binnen een uur een persoonlijk "
                + "telefoontje van de vaste schadebehandelaar die het vervolg uitlegt";
        String absurd = "Heel lang ".repeat(300) + "EINDE";
        String longWord = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller";
        PdfJourney journey = journey(List.of(new PdfPhase("Melden", List.of(
                new PdfMoment(longTitle, null, List.of(), false, null, null),
                new PdfMoment(absurd, null, List.of(), false, null, null),
                new PdfMoment(longWord, null, List.of(), false, null, null)))), List.of());

        String raw = text(JourneyPdf.render(journey));
        String text = normalized(raw);

        assertThat(text).contains(longTitle);
        assertThat(raw.replaceAll("\\s+", "")).contains(longWord);
        assertThat(text).contains("Heel lang Heel lang").contains("…").doesNotContain("EINDE");
    }

    @Test
    void badgesThatDoNotFitAreCounted() throws IOException {
        List<String> badges = IntStream.rangeClosed(1, 30).mapToObj(i -> "Discipline nummer " + i).toList();
        PdfJourney journey = journey(List.of(new PdfPhase("Fase",
                List.of(new PdfMoment("Veel badges", null, badges, true, 0, 0)))), List.of());

        String text = text(JourneyPdf.render(journey));

        assertThat(text).contains("Discipline nummer 1").doesNotContain("Discipline nummer 30")
                .containsPattern("\\+\\d+");
    }

    // ------------------------------------------------------------------ data and helpers

    private static PdfJourney smallJourney() {
        List<PdfPhase> phases = List.of(
                new PdfPhase("Oriëntatie", List.of(
                        new PdfMoment("Klant vergelijkt premies", "Website", List.of("Marketing"), false, 0, 1),
                        new PdfMoment(DUTCH, "Website", List.of(), false, null, 2))),
                new PdfPhase("Aankoop", List.of(
                        new PdfMoment("Polis in één keer rond", "Telefoon",
                                List.of("9+", "Moment of truth", "Brand moment"), true, 1, 3),
                        new PdfMoment("<b>x</b> & <i>y</i>", SCRIPT, List.of(), false, -1, null))),
                new PdfPhase("Schade & herstel", List.of(
                        new PdfMoment("Schade melden", "App", List.of("9+"), true, -3, 2))));
        List<PdfCheckItem> checks = List.of(
                new PdfCheckItem("Voldoet", Status.PASS, "Genoeg 9+-momenten", "3 van 7 momenten zijn 9+."),
                new PdfCheckItem("Let op", Status.WARNING, "Merkwaarden", "Resultaat: " + SCRIPT),
                new PdfCheckItem("Voldoet niet", Status.FAIL, "Eigenaarschap",
                        "Twee momenten hebben geen eigenaar. "
                                + "Wijs elk 9+-moment toe aan een discipline. ".repeat(3)),
                new PdfCheckItem("N.v.t.", Status.NOT_APPLICABLE, "Alleen voor signature journeys", ""));
        return new PdfJourney("Schade melden – “zonder zorgen”", "Signature journey · Mapping", "14 mei 2026, 10:15",
                phases, checks, "Signature-check", "Emotiecurve", "Huidig", "Gewenst", "Nog geen fasen.");
    }

    private static PdfJourney largeJourney() {
        List<PdfPhase> phases = new ArrayList<>();
        int number = 0;
        for (int p = 1; p <= 8; p++) {
            List<PdfMoment> moments = new ArrayList<>();
            for (int m = 0; m < 25; m++) {
                number++;
                Integer current = number % 7 == 0 ? null : (number % 7) - 3;
                Integer desired = number % 11 == 0 ? null : Math.min(3, (number % 5) - 1);
                List<String> badges = number % 4 == 0 ? List.of("9+", "Moment of truth", "Marketing") : List.of("HR");
                String title = String.format("Moment %03d ", number)
                        + (number % 3 == 0 ? "met een langere titel die over meerdere regels loopt" : "kort");
                moments.add(new PdfMoment(title, number % 2 == 0 ? "Telefoon" : null, badges, number % 4 == 0,
                        current, desired));
            }
            phases.add(new PdfPhase("Fase " + p, moments));
        }
        List<PdfCheckItem> checks = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> new PdfCheckItem("Let op", Status.WARNING, "Regel " + i, "Uitleg bij regel " + i))
                .toList();
        return new PdfJourney("Grote reis", "Signature journey · Mapping", "14 mei 2026", phases, checks,
                "Signature-check", "Emotiecurve", "Huidig", "Gewenst", "Nog geen fasen.");
    }

    private static PdfJourney journey(List<PdfPhase> phases, List<PdfCheckItem> checks) {
        return new PdfJourney("Reis", "Signature journey · Mapping", "14 mei 2026", phases, checks,
                "Signature-check", "Emotiecurve", "Huidig", "Gewenst", "Nog geen fasen.");
    }

    private static void assertLandscapeA4(PDDocument document) {
        for (PDPage page : document.getPages()) {
            assertThat(page.getRotation()).isZero();
            assertThat(page.getMediaBox().getWidth()).isCloseTo(841.89f, within(0.1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595.28f, within(0.1f));
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document);
        }
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    private static String page(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The first page (from 1) whose text contains the string; 0 when none does. */
    private static int pageOf(PDDocument document, String string) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (page(document, page).contains(string)) {
                return page;
            }
        }
        return 0;
    }

    /** Runs of whitespace (line breaks from wrapping included) as one space. */
    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
