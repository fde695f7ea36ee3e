package app.momentum.measurement.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.measurement.followup.FollowUpRouting.Route;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every respondent to call back goes to someone: moment, journey owner, journey's discipline, CX managers. */
class FollowUpRoutingTest {

    static final UUID MOMENT_DISCIPLINE = UUID.randomUUID();
    static final UUID MOMENT_OWNER = UUID.randomUUID();
    static final UUID JOURNEY_OWNER = UUID.randomUUID();
    static final UUID JOURNEY_DISCIPLINE = UUID.randomUUID();

    @Test
    void aLowMomentGoesToItsDisciplineAndItsOwnerElseTheJourneyOwner() {
        assertThat(FollowUpRouting.route(MOMENT_DISCIPLINE, MOMENT_OWNER, JOURNEY_OWNER, JOURNEY_DISCIPLINE))
                .isEqualTo(new Route(MOMENT_DISCIPLINE, MOMENT_OWNER));
        assertThat(FollowUpRouting.route(MOMENT_DISCIPLINE, null, JOURNEY_OWNER, JOURNEY_DISCIPLINE))
                .isEqualTo(new Route(MOMENT_DISCIPLINE, JOURNEY_OWNER));
        assertThat(FollowUpRouting.route(MOMENT_DISCIPLINE, null, null, JOURNEY_DISCIPLINE))
                .isEqualTo(new Route(MOMENT_DISCIPLINE, null));
        assertThat(FollowUpRouting.route(null, MOMENT_OWNER, null, JOURNEY_DISCIPLINE))
                .isEqualTo(new Route(null, MOMENT_OWNER));
    }

    @Test
    void onlyALowRecommendGoesToTheJourneyOwnerElseItsMainDisciplineElseTheCxManagers() {
        assertThat(FollowUpRouting.route(null, null, JOURNEY_OWNER, JOURNEY_DISCIPLINE))
                .isEqualTo(new Route(null, JOURNEY_OWNER));
        Route toDiscipline = FollowUpRouting.route(null, null, null, JOURNEY_DISCIPLINE);
        assertThat(toDiscipline).isEqualTo(new Route(JOURNEY_DISCIPLINE, null));
        assertThat(toDiscipline.forCxManagers()).isFalse();
        Route toManagers = FollowUpRouting.route(null, null, null, null);
        assertThat(toManagers.forCxManagers()).isTrue();
        assertThat(new Route(null, JOURNEY_OWNER).forCxManagers()).isFalse();
    }

    @Test
    void theJourneysDisciplineIsTheOneAccountableForMostMomentsFirstOnATie() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(FollowUpRouting.mostAccountable(Arrays.asList(a, b, null, b))).isEqualTo(b);
        assertThat(FollowUpRouting.mostAccountable(Arrays.asList(null, b, a, a, b))).isEqualTo(b);
        assertThat(FollowUpRouting.mostAccountable(Arrays.asList(a, b))).isEqualTo(a);
        assertThat(FollowUpRouting.mostAccountable(Arrays.asList(null, null))).isNull();
        assertThat(FollowUpRouting.mostAccountable(List.of())).isNull();
    }

    @Test
    void anItemIsForItsPersonItsDisciplinesMembersOrTheManagersWhenNobodyElse() {
        UUID me = UUID.randomUUID();
        UUID mine = UUID.randomUUID();
        assertThat(FollowUpRouting.isFor(new Route(null, me), me, Set.of(), false)).isTrue();
        assertThat(FollowUpRouting.isFor(new Route(mine, null), me, Set.of(mine), false)).isTrue();
        assertThat(FollowUpRouting.isFor(new Route(mine, null), me, Set.of(), true)).as("a discipline's, not mine").isFalse();
        assertThat(FollowUpRouting.isFor(new Route(null, null), me, Set.of(mine), true)).isTrue();
        assertThat(FollowUpRouting.isFor(new Route(null, null), me, Set.of(mine), false)).isFalse();
        assertThat(FollowUpRouting.isFor(new Route(null, UUID.randomUUID()), me, Set.of(mine), true)).isFalse();
        assertThat(FollowUpRouting.isFor(new Route(null, me), null, Set.of(), false)).isFalse();
        assertThatThrownBy(() -> FollowUpRouting.isFor(new Route(null, me), me, null, false))
                .isInstanceOf(NullPointerException.class);
    }
}
