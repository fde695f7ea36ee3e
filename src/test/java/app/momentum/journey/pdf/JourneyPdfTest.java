package app.momentum.journey.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.momentum.journey.pdf.PdfCheckItem.Status;
import app.momentum.journey.pdf.PdfLane.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Renders journeys in the canvas's layout and reads the PDFs back with PDFBox's text extraction. */
class JourneyPdfTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String DUTCH =
            "Officiële café-reünie: coöperatie ideeën € 12,50 → −2 ’t “klant” – en — ok · ✓";

    static final List<PdfLane> ALL_LANES = List.of(
            new PdfLane("card", "Moment", Kind.CARD),
            new PdfLane("does", "Klant doet", Kind.TEXT),
            new PdfLane("thinks", "Klant denkt", Kind.TEXT),
            new PdfLane("feels", "Klant voelt", Kind.TEXT),
            new PdfLane("channel", "Kanaal en contactpunt", Kind.TEXT),
            new PdfLane("otherParty", "Andere partijen", Kind.TEXT),
            new PdfLane("emotion", "Emotie", Kind.EMOTION),
            new PdfLane("experience", "Belevingsdimensies en -dragers", Kind.TEXT),
            new PdfLane("owners", "Verantwoordelijke discipline en RACI", Kind.TEXT),
            new PdfLane("enablers", "Randvoorwaarden voor medewerkers", Kind.TEXT),
            new PdfLane("measured", "Gemeten tevredenheid", Kind.TEXT),
            new PdfLane("actions", "Open acties", Kind.TEXT),
            new PdfLane("comments", "Reacties", Kind.TEXT));
    static final PdfJourney.Labels LABELS = new PdfJourney.Labels("Signature-check", "Huidige beleving",
            "Gewenste beleving", "Gemeten tevredenheid (1–10)", "Piek", "Einde", "Nog geen fasen.");

    // ------------------------------------------------------------------ a small journey

    @Test
    void smallJourneyShowsEveryTextLiterallyOnALandscapePage() throws IOException {
        byte[] pdf = JourneyPdf.render(smallJourney(ALL_LANES));

        assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertLandscapeA4(document);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Schade melden – “zonder zorgen”");
            String text = normalized(text(document));
            assertThat(text).contains(
                    "Schade melden – “zonder zorgen”",
                    "Signature journey · Mapping",
                    "14 mei 2026, 10:15",
                    "Oriëntatie", "Aankoop", "Schade & herstel",
                    "Klant vergelijkt premies", "Website", "Telefoon",
                    "9+", "Moment of truth", "Brand moment",
                    "Vergelijkt drie sites", "Is dit wel te betalen?", "Onzeker",
                    "Tussenpersoon", "Betrouwbaarheid", "R: Sales", "Training: belt binnen een uur",
                    "7,8 · doel gehaald", "2 open acties", "3 reacties",
                    "Huidige beleving", "Gewenste beleving", "Gemeten tevredenheid (1–10)", "Piek", "Einde",
                    "Signature-check", "Voldoet", "Let op", "Voldoet niet", "N.v.t.",
                    "Genoeg 9+-momenten", "3 van 7 momenten zijn 9+.",
                    "Resultaat: " + SCRIPT,
                    "<b>x</b> & <i>y</i>",
                    "1 / " + pages);
            for (PdfLane lane : ALL_LANES) {
                assertThat(text).contains(lane.label());
            }
            assertThat(text).contains(DUTCH);
            assertThat(text.split(Pattern.quote(SCRIPT), -1)).hasSize(3); // in a channel and in a check result
            // All thirteen lanes of five moments fit on the first page.
            assertThat(pageOf(document, "Reacties 3 reacties")).isEqualTo(1);
        }
    }

    @Test
    void theLanesFollowTheGivenOrderAndAHiddenLaneIsAbsent() throws IOException {
        List<PdfLane> lanes = List.of(lane("emotion", Kind.EMOTION), lane("feels", Kind.TEXT),
                lane("card", Kind.CARD), lane("does", Kind.TEXT));

        String text = normalized(text(JourneyPdf.render(smallJourney(lanes))));

        assertThat(text).doesNotContain("Klant denkt", "Is dit wel te betalen?", "Kanaal en contactpunt",
                "Tussenpersoon", "Reacties", "3 reacties");
        assertThat(text.indexOf("Emotie")).isLessThan(text.indexOf("Klant voelt"));
        assertThat(text.indexOf("Klant voelt")).isLessThan(text.indexOf("Moment "));
        assertThat(text.indexOf("Moment ")).isLessThan(text.indexOf("Klant doet"));
        assertThat(text.indexOf("Onzeker")).isLessThan(text.indexOf("Klant vergelijkt premies"));
        assertThat(text.indexOf("Klant vergelijkt premies")).isLessThan(text.indexOf("Vergelijkt drie sites"));
    }

    @Test
    void fontsAreEmbeddedDejaVuSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(JourneyPdf.render(smallJourney(ALL_LANES)))) {
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
        PdfJourney journey = new PdfJourney("Reïntegratie ’25", "Klantreis · Ontwerp", "1 juni 2026", ALL_LANES,
                List.of(new PdfPhase("Oriëntatie → keuze, coöperatie en reünie", List.of(
                        moment("Prijs € 9,95 − korting", Map.of("channel", "E-mail – nieuwsbrief",
                                "card", "Merkmoment"), -2, 1)))),
                List.of(new PdfCheckItem("Voldoet", Status.PASS, "Eén “waarheid”", "Geen opmerkingen — prima.")),
                LABELS);

        String text = normalized(text(JourneyPdf.render(journey)));

        assertThat(text).contains("Reïntegratie ’25", "Oriëntatie → keuze, coöperatie en reünie",
                "Prijs € 9,95 − korting", "E-mail – nieuwsbrief", "Eén “waarheid”", "Geen opmerkingen — prima.",
                "Klantreis · Ontwerp");
        assertThat(text).contains("é", "ë", "ï", "ö", "ü", "€", "–", "—", "→", "−", "’", "“", "”", "·");
    }

    // ------------------------------------------------------------------ pagination

    @Test
    void twelveMomentsAreSpreadEvenlyOverTwoPagesWithTheLabelsRepeated() throws IOException {
        PdfJourney journey = demoLikeJourney();

        try (PDDocument document = Loader.loadPDF(JourneyPdf.render(journey))) {
            assertLandscapeA4(document);
            // Six moments a page (not eight and four); the empty phase is a column of its own.
            assertThat(pageOf(document, "Eerste gesprek met een adviseur")).isEqualTo(1);
            assertThat(pageOf(document, "Taxatie van het huis")).isEqualTo(1);
            assertThat(pageOf(document, "Wachten op het besluit")).isEqualTo(2);
            assertThat(pageOf(document, "Nazorg")).isEqualTo(2);
            String second = normalized(page(document, 2));
            assertThat(second).contains("Klant doet", "Emotie", "Kanaal en contactpunt", "Moment", "Goedkeuring",
                    "Koop rond", "Wonen").doesNotContain("Oriëntatie");
            for (PdfPhase phase : journey.phases()) {
                for (PdfMoment moment : phase.moments()) {
                    assertThat(normalized(text(document))).contains(moment.title());
                }
            }
            assertThat(text(document)).contains("Piek", "Einde");
            assertThat(pageOf(document, "Signature-check")).isEqualTo(2); // below the map, on its last page
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
    }

    /*
     * Timing, measured, not asserted: rendering this 200-moment journey (25 column pages, 4 lanes) took 0.3-0.45 s in a
     * test JVM on the development machine, fonts included; the PDF is about 145 KB in 26 pages.
     */
    @Test
    void largeJourneySpansManyPagesAndLosesNoMoment() throws IOException {
        PdfJourney journey = largeJourney();

        byte[] pdf = JourneyPdf.render(journey);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(25); // at most eight moments across a page
            assertLandscapeA4(document);
            String all = normalized(text(document));
            for (PdfPhase phase : journey.phases()) {
                assertThat(all).contains(phase.name());
                for (PdfMoment moment : phase.moments()) {
                    assertThat(all).contains(moment.title());
                }
            }
            assertThat(all).contains("1 / " + pages, pages + " / " + pages, "Signature-check");
            assertThat(pageOf(document, "Moment 001 ")).isEqualTo(1);
            assertThat(pageOf(document, "Moment 009 ")).isEqualTo(2);
            assertThat(pageOf(document, "Moment 200 ")).isGreaterThan(20);
            // Every page of the map repeats the lanes' names; continuation pages the header, small.
            for (int page = 1; page <= 25; page++) {
                assertThat(page(document, page)).contains("Klant doet", "Emotie");
            }
            assertThat(page(document, pages)).contains("Grote reis · Signature journey · Mapping", "14 mei 2026");
            assertThat(all).contains("… Fase 1", "… Fase 8");
        }
    }

    @Test
    void lanesTooTallForOnePageContinueBelowTheSameColumnsOnTheNextPage() throws IOException {
        String tall = "Een lange beschrijving van wat de klant hier doet, denkt en voelt. ".repeat(5);
        List<PdfMoment> moments = IntStream.rangeClosed(1, 3).mapToObj(i -> {
            Map<String, String> cells = new HashMap<>();
            ALL_LANES.forEach(lane -> cells.put(lane.id(), lane.id() + " " + i + ": " + tall));
            return new PdfMoment("Stap " + i, false, cells, 1, 2, 7.0, false, false);
        }).toList();
        PdfJourney journey = journey(List.of(new PdfPhase("Lange fase", moments)), List.of());

        try (PDDocument document = Loader.loadPDF(JourneyPdf.render(journey))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(pageOf(document, "Klant doet")).isEqualTo(1);
            int last = pageOf(document, "Reacties");
            assertThat(last).isGreaterThan(1);
            // The next page repeats the phase band over the same columns, and loses no cell.
            assertThat(page(document, last)).contains("Lange fase").doesNotContain("… Lange fase");
            String all = normalized(text(document));
            for (PdfLane lane : ALL_LANES) {
                if (lane.kind() == Kind.TEXT) {
                    assertThat(all).contains(lane.id() + " 3: Een lange");
                }
            }
        }
    }

    // ------------------------------------------------------------------ edge cases

    @Test
    void emptyJourneyShowsTheEmptyText() throws IOException {
        PdfJourney journey = new PdfJourney("Lege reis", "Signature journey · Mapping", "14 mei 2026", ALL_LANES,
                List.of(),
                List.of(new PdfCheckItem("N.v.t.", Status.NOT_APPLICABLE, "Fasen", "Deze reis heeft nog geen fasen.")),
                new PdfJourney.Labels("Signature-check", "Huidig", "Gewenst", "Gemeten", "Piek", "Einde",
                        "Deze reis heeft nog geen fasen. Voeg een fase toe om te beginnen."));

        try (PDDocument document = Loader.loadPDF(JourneyPdf.render(journey))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = normalized(text(document));
            assertThat(text).contains("Lege reis", "Deze reis heeft nog geen fasen. Voeg een fase toe om te beginnen.",
                    "Signature-check", "Fasen");
            assertThat(text).doesNotContain("Emotie", "Klant doet");
        }
    }

    @Test
    void anEmptyPhaseShowsItsNameOverAnEmptyColumn() throws IOException {
        PdfJourney journey = journey(List.of(new PdfPhase("Voor", List.of(moment("Eerste", Map.of(), 1, 2))),
                new PdfPhase("Leeg", List.of()),
                new PdfPhase("Na", List.of(moment("Tweede", Map.of(), 2, 3)))), List.of());

        String text = normalized(text(JourneyPdf.render(journey)));

        assertThat(text.indexOf("Voor")).isLessThan(text.indexOf("Leeg"));
        assertThat(text.indexOf("Leeg")).isLessThan(text.indexOf("Na"));
        assertThat(text).contains("Eerste", "Tweede");
    }

    @Test
    void nullsEverywhereDoNotCrash() throws IOException {
        Map<String, String> cells = new HashMap<>();
        cells.put("does", null);
        cells.put(null, "x");
        cells.put("channel", "Chat");
        PdfJourney journey = new PdfJourney(null, null, null,
                Arrays.asList(lane("card", Kind.CARD), null, new PdfLane(null, null, null), lane("does", null), lane("channel", Kind.TEXT),
                        lane("emotion", Kind.EMOTION)),
                Arrays.asList(
                        new PdfPhase("Zonder emoties", Arrays.asList(
                                new PdfMoment("Alleen huidig", false, null, 2, null, null, false, false),
                                new PdfMoment("Niets", true, cells, null, null, Double.NaN, true, true),
                                null,
                                new PdfMoment(null, false, Map.of(), null, 3, 11.0, true, false),
                                new PdfMoment("Buiten bereik", false, Map.of("channel", "Chat"), -7, 99, -4.0, false,
                                        true))),
                        new PdfPhase(null, null),
                        null),
                Arrays.asList(null, new PdfCheckItem(null, null, null, null)),
                null);

        String text = text(JourneyPdf.render(journey));
        assertThat(text).contains("Zonder emoties", "Alleen huidig", "Niets", "Buiten bereik", "Chat");
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarks() throws IOException {
        String title = "Klant \uD83E\uDDFF blij 漢字 \u0007bel\ttab\u200Bzw \uFFFF";
        PdfJourney journey = journey(List.of(new PdfPhase("Fase ❤\uFE0F",
                List.of(moment(title, Map.of("channel", "Chat \uDBFF", "card", "\uD83D\uDC4D"), 1, 2)))), List.of());

        String text = normalized(text(JourneyPdf.render(journey)));

        assertThat(text).contains("Klant ? blij ?? bel tab", "Fase ❤", "Chat ?").doesNotContain("\uD83E\uDDFF");
    }

    @Test
    void longTextsWrapWithoutLosingWordsAndAbsurdOnesEndInAnEllipsis() throws IOException {
        String longTitle = "De klant ontvangt na het melden van de schade binnen een uur een persoonlijk "
                + "telefoontje van de vaste schadebehandelaar";
        String absurd = "Heel lang ".repeat(300) + "EINDE";
        String longWord = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller";
        PdfJourney journey = journey(List.of(new PdfPhase("Melden", List.of(
                moment(longTitle, Map.of("does", longTitle), null, null),
                moment(absurd, Map.of("does", "Doet " + absurd), null, null),
                moment(longWord, Map.of(), null, null)))), List.of());

        String raw = text(JourneyPdf.render(journey));
        String text = normalized(raw);

        assertThat(text).contains(longTitle);
        assertThat(text.split(Pattern.quote(longTitle), -1)).hasSize(3); // the card and the does cell
        assertThat(raw.replaceAll("\\s+", "")).contains(longWord);
        assertThat(text).contains("Heel lang Heel lang", "Doet Heel lang").contains("…").doesNotContain("EINDE");
    }

    @Test
    void badgesThatDoNotFitAreCounted() throws IOException {
        String badges = String.join("\n", IntStream.rangeClosed(1, 30).mapToObj(i -> "Badge nummer " + i).toList());
        PdfJourney journey = journey(List.of(new PdfPhase("Fase",
                List.of(new PdfMoment("Veel badges", true, Map.of("card", badges), 0, 0, null, false, false)))),
                List.of());

        String text = text(JourneyPdf.render(journey));

        assertThat(text).contains("Badge nummer 1").doesNotContain("Badge nummer 30").containsPattern("\\+\\d+");
    }

    // ------------------------------------------------------------------ data and helpers

    private static PdfLane lane(String id, Kind kind) {
        return ALL_LANES.stream().filter(l -> l.id().equals(id)).findFirst()
                .map(l -> new PdfLane(id, l.label(), kind)).orElseThrow();
    }

    static PdfMoment moment(String title, Map<String, String> cells, Integer current, Integer desired) {
        return new PdfMoment(title, false, cells, current, desired, null, false, false);
    }

    private static PdfJourney smallJourney(List<PdfLane> lanes) {
        Map<String, String> first = new HashMap<>(Map.of("card", "7+", "does", "Vergelijkt drie sites",
                "thinks", "Is dit wel te betalen?", "feels", "Onzeker", "channel", "Website",
                "otherParty", "Tussenpersoon", "experience", "Betrouwbaarheid, Snelheid\nMensen",
                "owners", "Marketing\nR: Sales\nA: Marketing", "enablers", "Training: belt binnen een uur",
                "measured", "7,8 · doel gehaald"));
        first.put("actions", "2 open acties");
        first.put("comments", "3 reacties");
        List<PdfPhase> phases = List.of(
                new PdfPhase("Oriëntatie", List.of(
                        new PdfMoment("Klant vergelijkt premies", false, first, 0, 1, 7.8, false, false),
                        moment(DUTCH, Map.of("channel", "Website"), null, 2))),
                new PdfPhase("Aankoop", List.of(
                        new PdfMoment("Polis in één keer rond", true, Map.of("channel", "Telefoon",
                                "card", "9+\nMoment of truth\nBrand moment"), 1, 3, 9.1, true, false),
                        moment("<b>x</b> & <i>y</i>", Map.of("channel", SCRIPT), -1, null))),
                new PdfPhase("Schade & herstel", List.of(
                        new PdfMoment("Schade melden", true, Map.of("card", "9+"), -3, 2, 6.0, false, true))));
        List<PdfCheckItem> checks = List.of(
                new PdfCheckItem("Voldoet", Status.PASS, "Genoeg 9+-momenten", "3 van 7 momenten zijn 9+."),
                new PdfCheckItem("Let op", Status.WARNING, "Merkwaarden", "Resultaat: " + SCRIPT),
                new PdfCheckItem("Voldoet niet", Status.FAIL, "Eigenaarschap",
                        "Twee momenten hebben geen eigenaar. "
                                + "Wijs elk 9+-moment toe aan een discipline. ".repeat(3)),
                new PdfCheckItem("N.v.t.", Status.NOT_APPLICABLE, "Alleen voor signature journeys", ""));
        return new PdfJourney("Schade melden – “zonder zorgen”", "Signature journey · Mapping", "14 mei 2026, 10:15",
                lanes, phases, checks, LABELS);
    }

    /** Twelve moments like the demo's first journey, an empty phase among them, gaps in the lines. */
    static PdfJourney demoLikeJourney() {
        record Spec(int phase, String title, String does, String thinks, String channel, String party,
                    boolean nine, Integer current, Integer desired, Double measured) {
        }
        List<Spec> specs = List.of(
                new Spec(0, "Verkennen wat u kunt lenen", "Gebruikt de rekentool", "Kan ik dit wel betalen?",
                        "Website", null, false, 0, 1, 6.8),
                new Spec(0, "Eerste gesprek met een adviseur", "Spreekt een adviseur die de situatie al kent",
                        "Ze hebben zich echt voorbereid", "Kantoor", null, true, 0, 2, 8.4),
                new Spec(0, "Persoonlijk overzicht ontvangen", "Leest de samenvatting", null, "E-mail", null, false,
                        0, 1, 7.1),
                new Spec(1, "Documenten uploaden", "Verzamelt loonstroken en werkgeversverklaring",
                        "Waar vind ik dit allemaal?", "App", null, false, -2, -1, 5.9),
                new Spec(1, "Documenten dezelfde dag gecontroleerd", "Krijgt per document een groen vinkje", null,
                        "App", null, false, 0, 1, null),
                new Spec(1, "Taxatie van het huis", "De taxateur bezoekt het huis", null, null, "Taxateur", false,
                        0, 0, 7.0),
                new Spec(2, "Wachten op het besluit", "Kijkt meerdere keren per dag in de app",
                        "Waarom duurt dit zo lang?", "App", null, false, -2, -1, 5.2),
                new Spec(2, "De adviseur belt met het besluit", "Hoort het ja van de eigen adviseur",
                        "Ze bellen zelf!", "Telefoon", null, true, -1, 3, 9.2),
                new Spec(2, "Offerte digitaal tekenen", "Tekent in de app", null, "App", null, false, 0, 1, 7.4),
                new Spec(3, "Afspraak bij de notaris", "Tekent de akte", "Nu is het echt", null, "Notaris", false,
                        0, 0, null),
                new Spec(3, "Bericht op de sleuteldag", "Krijgt een bericht op de dag van de sleutels", null, "App",
                        null, false, null, 2, 8.0),
                new Spec(5, "Check-in na drie maanden", "Wordt gebeld: is alles zoals gepland?",
                        "Niemand verwacht dat de bank belt", "Telefoon", null, true, null, 2, null));
        List<String> names = List.of("Oriëntatie", "Aanvraag", "Goedkeuring", "Koop rond", "Nazorg", "Wonen");
        List<Integer> desired = specs.stream().map(Spec::desired).toList();
        var marks = app.momentum.journey.canvas.PeakEnd.of(desired);
        List<List<PdfMoment>> byPhase = new ArrayList<>();
        names.forEach(n -> byPhase.add(new ArrayList<>()));
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            Map<String, String> cells = new HashMap<>();
            cells.put("card", (s.nine() ? "9+\nMoment van de waarheid" : "7+") + "\n"
                    + (s.nine() ? "Emotioneel" : "Functioneel"));
            cells.put("does", s.does());
            cells.put("thinks", s.thinks());
            cells.put("channel", s.channel());
            cells.put("otherParty", s.party());
            cells.put("owners", s.nine() ? "Advies\nA: Advies\nC: HR" : "Operatie\nA: Operatie");
            cells.put("actions", i % 4 == 1 ? "1 open actie" : null);
            int index = i;
            byPhase.get(s.phase()).add(new PdfMoment(s.title(), s.nine(), cells, s.current(), s.desired(),
                    s.measured(), marks.peak().orElse(-1) == index, marks.end().orElse(-1) == index));
        }
        List<PdfPhase> phases = IntStream.range(0, names.size())
                .mapToObj(p -> new PdfPhase(names.get(p), byPhase.get(p))).toList();
        List<PdfLane> lanes = ALL_LANES.stream()
                .filter(l -> List.of("card", "does", "thinks", "channel", "otherParty", "emotion", "owners", "actions")
                        .contains(l.id()))
                .toList();
        List<PdfCheckItem> checks = List.of(
                new PdfCheckItem("Voldoet", Status.PASS, "Piek en einde",
                        "Eén moment steekt boven alle andere uit met +3, en de klantreis eindigt positief met +2."),
                new PdfCheckItem("Let op", Status.WARNING, "Randvoorwaarden voor medewerkers",
                        "Eén 9+-moment beschrijft nog niet welk gedrag van medewerkers wordt verwacht."));
        return new PdfJourney("Uw eerste huis kopen", "Signature journey · In kaart brengen", "5 dec 2026, 01:30",
                lanes, phases, checks, LABELS);
    }

    static PdfJourney largeJourney() {
        List<PdfPhase> phases = new ArrayList<>();
        int number = 0;
        for (int p = 1; p <= 8; p++) {
            List<PdfMoment> moments = new ArrayList<>();
            for (int m = 0; m < 25; m++) {
                number++;
                Integer current = number % 7 == 0 ? null : (number % 7) - 3;
                Integer desired = number % 11 == 0 ? null : Math.min(3, (number % 5) - 1);
                String title = String.format("Moment %03d ", number)
                        + (number % 3 == 0 ? "met een langere titel die over meerdere regels loopt" : "kort");
                Map<String, String> cells = new HashMap<>();
                cells.put("card", number % 4 == 0 ? "9+\nMoment of truth" : "7+");
                cells.put("does", "Doet stap " + number);
                cells.put("channel", number % 2 == 0 ? "Telefoon" : null);
                moments.add(new PdfMoment(title, number % 4 == 0, cells, current, desired,
                        number % 3 == 0 ? null : 5.0 + number % 5, false, false));
            }
            phases.add(new PdfPhase("Fase " + p, moments));
        }
        List<PdfCheckItem> checks = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> new PdfCheckItem("Let op", Status.WARNING, "Regel " + i, "Uitleg bij regel " + i))
                .toList();
        List<PdfLane> lanes = List.of(lane("card", Kind.CARD), lane("does", Kind.TEXT), lane("channel", Kind.TEXT),
                lane("emotion", Kind.EMOTION));
        return new PdfJourney("Grote reis", "Signature journey · Mapping", "14 mei 2026", lanes, phases, checks,
                LABELS);
    }

    private static PdfJourney journey(List<PdfPhase> phases, List<PdfCheckItem> checks) {
        return new PdfJourney("Reis", "Signature journey · Mapping", "14 mei 2026", ALL_LANES, phases, checks,
                LABELS);
    }

    private static void assertLandscapeA4(PDDocument document) {
        for (PDPage page : document.getPages()) {
            assertThat(page.getRotation()).isZero();
            assertThat(page.getMediaBox().getWidth()).isCloseTo(841.89f, within(0.1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595.28f, within(0.1f));
        }
    }

    static String text(byte[] pdf) throws IOException {
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
            if (normalized(page(document, page)).contains(string)) {
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
