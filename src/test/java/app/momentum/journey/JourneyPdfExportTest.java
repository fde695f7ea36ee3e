package app.momentum.journey;

import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import static app.momentum.journey.JourneyTestData.journey;
import static app.momentum.journey.JourneyTestData.moment;
import static app.momentum.journey.JourneyTestData.phases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The PDF of a journey map speaks the user's language, shows user text as text, and stays in the tenant. */
@SpringBootTest
class JourneyPdfExportTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired JourneyPdfExport pdf;

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

        String dutch = text(pdf.export(journey.getId(), Locale.forLanguageTag("nl")));
        assertThat(dutch).contains("Hypotheek <b>nu</b>", "Oriëntatie", "<script>alert(1)</script>", "9+",
                "Moment van de waarheid", "Signature-check", "Gewenste beleving");
        String english = text(pdf.export(journey.getId(), Locale.ENGLISH));
        assertThat(english).contains("Moment of truth", "Signature check", "Desired emotion");

        TestTenant other = fixture.create("other");
        other.loginAs(Role.CX_MANAGER);
        assertThatThrownBy(() -> pdf.export(journey.getId(), Locale.ENGLISH)).hasMessage("error.notFound");
    }

    private static String text(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
