package app.momentum.journey;

import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import static app.momentum.journey.JourneyTestData.journey;
import static app.momentum.journey.JourneyTestData.moment;
import static app.momentum.journey.JourneyTestData.phases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.journey.canvas.LaneLayout;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The PDF of a journey map speaks the user's language, shows user text as text, follows the user's lanes and stays in
 * the tenant.
 */
@SpringBootTest
class JourneyPdfExportTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired JourneyPdfExport pdf;
    @Autowired MapLanes lanes;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void theMapExportsWithBadgesCheckAndMarkupAsText() throws Exception {
        TestTenant tenant = fixture.create("pdf");
        tenant.loginAs(Role.CX_MANAGER);
        Journey journey = journeys.create(journey("Hypotheek <b>nu</b>"), phases("Oriëntatie"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment moment = maps.addMoment(phase.getId(), "x");
        maps.saveMoment(moment.getId(), moment.getVersion(), moment("<script>alert(1)</script>", TargetLevel.NINE_PLUS, true, 2));
        tenant.loginAs(Role.EXECUTIVE);

        String dutch = normalized(text(pdf.export(journey.getId(), Locale.forLanguageTag("nl"))));
        assertThat(dutch).contains("Hypotheek <b>nu</b>", "Oriëntatie", "<script>alert(1)</script>", "9+",
                "Moment van de waarheid", "Signature-check", "Gewenste beleving");
        String english = normalized(text(pdf.export(journey.getId(), Locale.ENGLISH)));
        assertThat(english).contains("Moment of truth", "Signature check", "Desired emotion");

        TestTenant other = fixture.create("other");
        other.loginAs(Role.CX_MANAGER);
        assertThatThrownBy(() -> pdf.export(journey.getId(), Locale.ENGLISH)).hasMessage("error.notFound");
    }

    @Test
    void theLanesAreTheUsersVisibleOnesInTheirOrder() throws Exception {
        TestTenant tenant = fixture.create("pdf-lanes");
        tenant.loginAs(Role.CX_MANAGER);
        Journey journey = journeys.create(journey("Verhuizen"), phases("Voorbereiden", "Leeg"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment first = maps.addMoment(phase.getId(), "x");
        maps.saveMoment(first.getId(), first.getVersion(), new JourneyMapService.MomentData("Dozen inpakken",
                "Pakt de dozen in", "Waar begin ik?", "Gestrest", null, "Verhuizer", MomentNature.EMOTIONAL,
                TargetLevel.SEVEN_PLUS, false, true, List.of(), null, null, List.of(ExperienceDimension.FEEL),
                List.of(), -1, 1, null, null, null, null));
        Moment second = maps.addMoment(phase.getId(), "y");
        maps.saveMoment(second.getId(), second.getVersion(), moment("Sleutels ophalen", TargetLevel.NINE_PLUS, true,
                3));
        lanes.save(List.of("emotion", "thinks", "card", "does"), List.of("feels", "channel", "otherParty",
                "experience", "owners", "enablers", "measured", "actions", "comments"));

        String mine = normalized(text(pdf.export(journey.getId(), Locale.forLanguageTag("nl"))));
        assertThat(mine).contains("Emotie", "Klant denkt", "Waar begin ik?", "Klant doet", "Pakt de dozen in",
                "Dozen inpakken", "Sleutels ophalen", "Merkmoment", "Emotioneel", "Piek", "Einde", "Voorbereiden",
                "Leeg", "Gewenste beleving");
        assertThat(mine).doesNotContain("Klant voelt", "Gestrest", "Andere partijen", "Verhuizer");
        assertThat(mine.indexOf("Emotie")).isLessThan(mine.indexOf("Klant denkt"));
        assertThat(mine.indexOf("Klant denkt")).isLessThan(mine.indexOf("Moment "));
        assertThat(mine.indexOf("Moment ")).isLessThan(mine.indexOf("Klant doet"));

        String chosen = normalized(text(pdf.export(journey.getId(), Locale.ENGLISH,
                LaneLayout.of(List.of("feels", "otherParty", "experience"), List.of("card", "does", "thinks",
                        "channel", "emotion", "owners", "enablers", "measured", "actions", "comments")))));
        assertThat(chosen).contains("Customer feels", "Gestrest", "Other parties", "Verhuizer",
                "Experience dimensions and providers");
        assertThat(chosen).doesNotContain("Customer does", "Pakt de dozen in", "Dozen inpakken", "Emotion");
        assertThat(chosen.indexOf("Customer feels")).isLessThan(chosen.indexOf("Other parties"));
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String text(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
