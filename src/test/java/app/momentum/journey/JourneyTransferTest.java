package app.momentum.journey;

import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import static app.momentum.journey.JourneyTestData.journey;
import static app.momentum.journey.JourneyTestData.moment;
import static app.momentum.journey.JourneyTestData.phases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.journey.csv.ImportResult;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Moments out as CSV and in from CSV: everything or nothing. */
@SpringBootTest
class JourneyTransferTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired JourneyTransfer transfer;

    TestTenant tenant;
    Journey journey;

    @BeforeEach
    void aJourney() {
        tenant = fixture.create("transfer");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(journey("Transfer"), phases("Orientation", "Purchase"));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void exportedMomentsComeBackInAnotherJourney() {
        Phase orientation = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        var moment = maps.addMoment(orientation.getId(), "=HYPERLINK(\"evil\")");
        maps.saveMoment(moment.getId(), moment.getVersion(), moment("=HYPERLINK(\"evil\")", TargetLevel.NINE_PLUS, true, -2));
        byte[] csv = transfer.exportCsv(journey.getId(), Locale.ENGLISH);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK").contains(",-2,");

        Journey other = journeys.create(journey("Other"), phases());
        assertThat(transfer.importCsv(other.getId(), csv, true)).isEqualTo(1);
        var imported = maps.load(other.getId());
        assertThat(imported.momentsByPhase().keySet()).extracting(Phase::getName).containsExactly("Orientation");
        assertThat(imported.moments()).singleElement().satisfies(m -> {
            assertThat(m.getTitle()).isEqualTo("=HYPERLINK(\"evil\")");
            assertThat(m.getTargetLevel()).isEqualTo(TargetLevel.NINE_PLUS);
            assertThat(m.isMomentOfTruth()).isTrue();
            assertThat(m.getDesiredEmotion()).isEqualTo(-2);
        });
    }

    @Test
    void aFileWithOneWrongRowImportsNothingAndSaysWhichLine() {
        String file = "phase;title;target;desired_emotion\r\nOrientation;Good row;7+;1\r\nPurchase;Bad row;8+;5\r\n";
        byte[] bytes = file.getBytes(Charset.forName("windows-1252"));
        ImportResult checked = transfer.check(journey.getId(), bytes, false);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.errors()).extracting(e -> e.line() + ":" + e.messageKey())
                .containsExactlyInAnyOrder("3:csv.error.target", "3:csv.error.emotion");
        assertThatThrownBy(() -> transfer.importCsv(journey.getId(), bytes, false))
                .isInstanceOf(UserFacingException.class).hasMessage("csv.error.notImported");
        assertThat(maps.load(journey.getId()).moments()).isEmpty();
    }

    @Test
    void dutchExcelFilesImport() {
        String file = "Phase;Title;Nature;Moment_of_truth\r\nPurchase;Offerte één;emotioneel;ja\r\nOrientation;Vergelijken;functioneel;nee\r\n";
        assertThat(transfer.importCsv(journey.getId(), file.getBytes(Charset.forName("windows-1252")), false)).isEqualTo(2);
        var map = maps.load(journey.getId());
        assertThat(map.moments()).extracting(Moment::getTitle).containsExactly("Vergelijken", "Offerte één");
        assertThat(map.moments().get(1).isMomentOfTruth()).isTrue();
        assertThat(map.moments().get(1).getNature()).isEqualTo(MomentNature.EMOTIONAL);
    }

    @Test
    void executivesExportButDoNotImport() {
        tenant.loginAs(Role.EXECUTIVE);
        assertThat(transfer.exportCsv(journey.getId(), Locale.ENGLISH)).isNotEmpty();
        assertThatThrownBy(() -> transfer.importCsv(journey.getId(), "phase,title\nOrientation,x\n".getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantsJourneyCannotBeExportedOrImportedInto() {
        TestTenant other = fixture.create("other");
        other.loginAs(Role.CX_MANAGER);
        assertThatThrownBy(() -> transfer.exportCsv(journey.getId(), Locale.ENGLISH)).hasMessage("error.notFound");
        assertThatThrownBy(() -> transfer.importCsv(journey.getId(), "phase,title\nOrientation,x\n".getBytes(StandardCharsets.UTF_8), false))
                .hasMessage("error.notFound");
    }
}
