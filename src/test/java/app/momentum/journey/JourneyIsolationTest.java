package app.momentum.journey;

import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.PhaseRepository;
import app.momentum.journey.internal.MomentRepository;
import app.momentum.journey.internal.JourneyRepository;
import static app.momentum.journey.JourneyTestData.journey;
import static app.momentum.journey.JourneyTestData.moment;
import static app.momentum.journey.JourneyTestData.phases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.base.ui.NotFoundView;
import app.momentum.journey.JourneyService.JourneyFilter;
import app.momentum.journey.ui.JourneyMapView;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Journeys, phases and moments of one tenant are out of reach of another, by service, repository and URL. */
@SpringBootTest
class JourneyIsolationTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired JourneyRepository journeyRepository;
    @Autowired PhaseRepository phaseRepository;
    @Autowired MomentRepository momentRepository;

    TestTenant energy;
    TestTenant bank;
    Journey bankJourney;
    Phase bankPhase;
    Moment bankMoment;

    @BeforeEach
    void bankHasAJourney() {
        energy = fixture.create("energy");
        bank = fixture.create("bank");
        bank.loginAs(Role.CX_MANAGER);
        bankJourney = journeys.create(journey("Secret bank journey"), phases("Bank phase"));
        bankPhase = maps.load(bankJourney.getId()).momentsByPhase().keySet().iterator().next();
        bankMoment = maps.addMoment(bankPhase.getId(), "Secret moment");
        energy.loginAs(Role.TENANT_ADMIN);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void nothingOfTheOtherTenantIsListedOrFound() {
        assertThat(journeys.list(JourneyFilter.active(), PageRequest.of(0, 100))).isEmpty();
        assertThat(journeys.count(JourneyFilter.active())).isZero();
        assertThat(journeys.find(bankJourney.getId())).isEmpty();
        assertThat(journeyRepository.findById(bankJourney.getId())).isEmpty();
        assertThat(phaseRepository.findById(bankPhase.getId())).isEmpty();
        assertThat(phaseRepository.findByJourneyIdOrderByPositionAsc(bankJourney.getId())).isEmpty();
        assertThat(momentRepository.findById(bankMoment.getId())).isEmpty();
        assertThat(momentRepository.findByJourneyId(bankJourney.getId())).isEmpty();
        assertNotFound(() -> maps.load(bankJourney.getId()));
    }

    @Test
    void nothingOfTheOtherTenantCanBeChanged() {
        assertNotFound(() -> journeys.update(bankJourney.getId(), bankJourney.getVersion(), journey("Hacked")));
        assertNotFound(() -> journeys.duplicate(bankJourney.getId(), "Stolen copy"));
        assertNotFound(() -> journeys.setArchived(bankJourney.getId(), true));
        assertNotFound(() -> maps.addPhase(bankJourney.getId(), "Hacked"));
        assertNotFound(() -> maps.renamePhase(bankPhase.getId(), bankPhase.getVersion(), "Hacked"));
        assertNotFound(() -> maps.deletePhase(bankPhase.getId()));
        assertNotFound(() -> maps.addMoment(bankPhase.getId(), "Hacked"));
        assertNotFound(() -> maps.saveMoment(bankMoment.getId(), bankMoment.getVersion(),
                moment("Hacked", TargetLevel.NINE_PLUS, true, 3)));
        assertNotFound(() -> maps.deleteMoment(bankMoment.getId()));
        // moving an own moment into the other tenant's phase is refused too
        Journey own = journeys.create(journey("Own"), phases("Own phase"));
        Phase ownPhase = maps.load(own.getId()).momentsByPhase().keySet().iterator().next();
        Moment ownMoment = maps.addMoment(ownPhase.getId(), "Own moment");
        assertNotFound(() -> maps.moveMoment(ownMoment.getId(), bankPhase.getId(), 0));
        assertNotFound(() -> maps.moveMoment(bankMoment.getId(), ownPhase.getId(), 0));
        // and so is a drop (before a moment, or at the end), also of the other tenant's moment on itself
        assertNotFound(() -> maps.moveMoment(ownMoment.getId(), bankPhase.getId(), (java.util.UUID) null));
        assertNotFound(() -> maps.moveMoment(ownMoment.getId(), bankPhase.getId(), bankMoment.getId()));
        assertNotFound(() -> maps.moveMoment(bankMoment.getId(), ownPhase.getId(), ownMoment.getId()));
        assertNotFound(() -> maps.moveMoment(bankMoment.getId(), bankPhase.getId(), bankMoment.getId()));

        bank.loginAs(Role.CX_MANAGER);
        var map = maps.load(bankJourney.getId());
        assertThat(map.journey().getName()).isEqualTo("Secret bank journey");
        assertThat(map.journey().isArchived()).isFalse();
        assertThat(map.momentsByPhase().keySet()).extracting(Phase::getName).containsExactly("Bank phase");
        assertThat(map.moments()).extracting(Moment::getTitle).containsExactly("Secret moment");
        assertThat(journeys.count(JourneyFilter.active())).isEqualTo(1);
    }

    @Test
    void theOtherTenantsJourneyUrlShowsNotFound() {
        navigate("journeys/" + bankJourney.getId(), Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(((Component) getCurrentView()).getElement().getTextRecursively()).doesNotContain("Secret");
        navigate("journeys/not-a-uuid", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void anOwnJourneyOpensByItsUrl() {
        Journey own = journeys.create(journey("Visible"), List.of());
        navigate("journeys/" + own.getId(), Component.class);
        assertThat(getCurrentView()).isInstanceOf(JourneyMapView.class);
    }

    private static void assertNotFound(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class).hasMessage("error.notFound");
    }
}
