package app.momentum.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.brand.TenantDefaults;
import app.momentum.discipline.internal.Discipline;
import app.momentum.discipline.DisciplineService;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.MomentNature;
import app.momentum.journey.internal.Phase;
import app.momentum.journey.TargetLevel;
import app.momentum.ownership.domain.Raci;
import app.momentum.ownership.domain.ResponsibilityRules.GapType;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The responsibility matrix: one accountable discipline, gaps shown, managers edit, tenants apart. */
@SpringBootTest
class OwnershipServiceTest {

    @Autowired TenantFixture fixture;
    @Autowired TenantDefaults defaults;
    @Autowired TransactionTemplate transaction;
    @Autowired DisciplineService disciplines;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired OwnershipService ownership;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void theMatrixKeepsOneAccountableDisciplineAndShowsTheGaps() {
        TestTenant tenant = fixture.create("raci");
        tenant.loginAs(Role.CX_MANAGER);
        transaction.executeWithoutResult(s -> defaults.apply(Locale.ENGLISH));
        List<Discipline> all = disciplines.list(); // Marketing, HR, Operations/customer service
        Journey journey = journeys.create(new JourneyService.JourneyData("RACI", JourneyType.SIGNATURE_JOURNEY, null, null, null,
                null, null, LifecycleStage.MAPPING), List.of("Phase"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment moment = maps.addMoment(phase.getId(), "Peak");
        maps.saveMoment(moment.getId(), moment.getVersion(), new JourneyMapService.MomentData("Peak", null, null, null, null, null,
                MomentNature.EMOTIONAL, TargetLevel.NINE_PLUS, true, false, List.of(), null, null, List.of(), List.of(), null, 3,
                null, null, null, null));

        assertThat(ownership.matrix(journey.getId()).gapsOf(moment.getId())).extracting(g -> g.type())
                .contains(GapType.NO_ACCOUNTABLE, GapType.NINE_PLUS_WITHOUT_HR, GapType.NINE_PLUS_WITHOUT_EXPECTED_BEHAVIOUR);

        ownership.setRaci(moment.getId(), all.get(0).getId(), Raci.A);
        assertThatThrownBy(() -> ownership.setRaci(moment.getId(), all.get(2).getId(), Raci.A))
                .isInstanceOf(UserFacingException.class).hasMessage("raci.error.oneAccountable");
        ownership.setRaci(moment.getId(), all.get(1).getId(), Raci.C);
        ownership.saveEnabler(moment.getId(), new OwnershipService.EnablerData("Call with the good news yourself", null, null, null, null));
        var matrix = ownership.matrix(journey.getId());
        assertThat(matrix.cell(moment.getId(), all.get(0).getId())).isEqualTo(Raci.A);
        assertThat(matrix.gapsOf(moment.getId())).isEmpty();

        tenant.loginAs(Role.CONTRIBUTOR);
        assertThatThrownBy(() -> ownership.setRaci(moment.getId(), all.get(2).getId(), Raci.R)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ownership.setDisciplinesOf(tenant.user(Role.CONTRIBUTOR).getId(), Set.of(all.get(0).getId())))
                .isInstanceOf(AccessDeniedException.class);

        tenant.loginAs(Role.CX_MANAGER);
        // the owner person must work in a discipline that delivers the moment (marketing is accountable)
        Moment current = maps.findMoment(moment.getId()).orElseThrow();
        assertThatThrownBy(() -> maps.saveMoment(current.getId(), current.getVersion(), owned(tenant.user(Role.CONTRIBUTOR).getId())))
                .isInstanceOf(UserFacingException.class).hasMessage("raci.error.ownerNotResponsible");

        tenant.loginAs(Role.TENANT_ADMIN);
        ownership.setDisciplinesOf(tenant.user(Role.CONTRIBUTOR).getId(), Set.of(all.get(0).getId(), all.get(1).getId()));
        assertThat(maps.saveMoment(current.getId(), current.getVersion(), owned(tenant.user(Role.CONTRIBUTOR).getId())).getOwnerUserId())
                .isEqualTo(tenant.user(Role.CONTRIBUTOR).getId());
        assertThat(ownership.disciplineIdsOf(tenant.user(Role.CONTRIBUTOR).getId())).containsExactlyInAnyOrder(all.get(0).getId(), all.get(1).getId());

        TestTenant other = fixture.create("other");
        other.loginAs(Role.TENANT_ADMIN);
        assertThatThrownBy(() -> ownership.matrix(journey.getId())).hasMessage("error.notFound");
        assertThatThrownBy(() -> ownership.setRaci(moment.getId(), all.get(2).getId(), Raci.R)).hasMessage("error.notFound");
        assertThatThrownBy(() -> ownership.saveEnabler(moment.getId(), new OwnershipService.EnablerData("x", null, null, null, null)))
                .hasMessage("error.notFound");
        assertThatThrownBy(() -> ownership.setDisciplinesOf(tenant.user(Role.CONTRIBUTOR).getId(), Set.of())).hasMessage("error.notFound");
    }

    /** Journey's signature check learns of expected behaviour through its port, which ownership implements. */
    @Test
    void theSignatureCheckSeesTheExpectedBehaviourOwnershipKeeps() {
        TestTenant tenant = fixture.create("enabler");
        tenant.loginAs(Role.CX_MANAGER);
        Journey journey = journeys.create(new JourneyService.JourneyData("Enabler", JourneyType.SIGNATURE_JOURNEY, null, null, null,
                null, null, LifecycleStage.MAPPING), List.of("Phase"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment moment = maps.addMoment(phase.getId(), "Peak");
        maps.saveMoment(moment.getId(), moment.getVersion(), owned(null));
        assertThat(behaviourRule(journey).momentIds()).containsExactly(moment.getId());

        ownership.saveEnabler(moment.getId(), new OwnershipService.EnablerData("Call with the good news yourself", null, null, null, null));

        assertThat(behaviourRule(journey).momentIds()).isEmpty();
        assertThat(behaviourRule(journey).status()).isEqualTo(app.momentum.journey.signature.CheckStatus.PASS);
    }

    private app.momentum.journey.signature.CheckItem behaviourRule(Journey journey) {
        return maps.load(journey.getId()).check().items().stream()
                .filter(i -> i.rule() == app.momentum.journey.signature.CheckRule.EMPLOYEE_BEHAVIOUR).findFirst().orElseThrow();
    }

    private static JourneyMapService.MomentData owned(java.util.UUID owner) {
        return new JourneyMapService.MomentData("Peak", null, null, null, null, null, MomentNature.EMOTIONAL, TargetLevel.NINE_PLUS,
                true, false, List.of(), null, null, List.of(), List.of(), null, 3, null, null, null, owner);
    }
}
