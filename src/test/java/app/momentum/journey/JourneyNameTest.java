package app.momentum.journey;

import app.momentum.journey.internal.Journey;
import static app.momentum.journey.JourneyTestData.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.ConfirmationNeeded;
import app.momentum.journey.JourneyService.JourneyFilter;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Journeys of one organisation with the same name look alike everywhere: a second one needs a confirmation. */
@SpringBootTest
class JourneyNameTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;

    TestTenant tenant;

    @BeforeEach
    void loginAsCxManager() {
        tenant = fixture.create("journey-names");
        tenant.loginAs(Role.CX_MANAGER);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aSecondJourneyWithTheSameNameIsWarnedAboutAndStoredOnlyOnceConfirmed() {
        journeys.create(journey("Moving house"), List.of());

        assertThatThrownBy(() -> journeys.create(journey(" moving HOUSE "), List.of("Orientation")))
                .isInstanceOf(ConfirmationNeeded.class)
                .hasFieldOrPropertyWithValue("messageKey", JourneyService.SAME_NAME);
        assertThat(names()).containsExactly("Moving house"); // nothing half-saved

        journeys.create(journey("Moving house"), List.of(), true);
        assertThat(names()).containsExactly("Moving house", "Moving house");
    }

    @Test
    void renamingOntoAnotherJourneysNameIsWarnedButKeepingTheOwnNameIsNot() {
        journeys.create(journey("Moving house"), List.of());
        Journey other = journeys.create(journey("Complaint"), List.of());

        Journey kept = journeys.update(other.getId(), other.getVersion(), journey("complaint"));
        assertThatThrownBy(() -> journeys.update(kept.getId(), kept.getVersion(), journey("Moving House")))
                .isInstanceOf(ConfirmationNeeded.class);
        assertThat(names()).containsExactlyInAnyOrder("complaint", "Moving house");

        journeys.update(kept.getId(), kept.getVersion(), journey("Moving House"), true);
        assertThat(names()).containsExactlyInAnyOrder("Moving House", "Moving house");
    }

    @Test
    void anotherOrganisationsJourneyNamesDoNotCount() {
        TestTenant other = fixture.create("journey-names-other");
        other.loginAs(Role.CX_MANAGER);
        journeys.create(journey("Moving house"), List.of());
        tenant.loginAs(Role.CX_MANAGER);

        journeys.create(journey("Moving house"), List.of());

        assertThat(names()).containsExactly("Moving house");
    }

    @Test
    void copiesGetANumberOnceTheirNameIsTaken() {
        Journey original = journeys.create(journey("Moving house"), List.of());

        journeys.duplicate(original.getId(), "Copy of Moving house");
        journeys.duplicate(original.getId(), "Copy of Moving house");

        assertThat(names()).containsExactly("Copy of Moving house", "Copy of Moving house (2)", "Moving house");
    }

    private List<String> names() {
        return journeys.list(new JourneyFilter(null, null, null, null, null, false), PageRequest.of(0, 20, Sort.by("name")))
                .stream().map(Journey::getName).toList();
    }
}
