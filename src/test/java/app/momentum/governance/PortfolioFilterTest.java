package app.momentum.governance;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.governance.Portfolio.Card;
import app.momentum.governance.Portfolio.Filter;
import app.momentum.governance.domain.Staleness;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.signature.CheckStatus;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The board's filters on cards, without a database: every field narrows, and only set fields do. */
class PortfolioFilterTest {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID PERSONA = UUID.randomUUID();

    final Card staleAndFailing = card("Moving house", JourneyType.SIGNATURE_JOURNEY, OWNER, PERSONA,
            Optional.of(Staleness.Reason.INACTIVE), true);
    final Card fresh = card("Filing a claim", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null, Optional.empty(),
            false);

    @Test
    void anEmptyFilterLetsEverythingThroughAndDoesNotNarrow() {
        assertThat(Filter.none().lets(staleAndFailing)).isTrue();
        assertThat(Filter.none().lets(fresh)).isTrue();
        assertThat(Filter.none().narrows()).isFalse();
        assertThat(new Filter("  ", null, null, null, false, false).narrows()).isFalse();
    }

    @Test
    void eachFieldNarrows() {
        assertThat(new Filter(" HOUSE ", null, null, null, false, false).lets(staleAndFailing)).isTrue();
        assertThat(new Filter("house", null, null, null, false, false).lets(fresh)).isFalse();
        assertThat(new Filter(null, JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null, false, false).lets(fresh)).isTrue();
        assertThat(new Filter(null, JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null, false, false)
                .lets(staleAndFailing)).isFalse();
        assertThat(new Filter(null, null, OWNER, null, false, false).lets(staleAndFailing)).isTrue();
        assertThat(new Filter(null, null, OWNER, null, false, false).lets(fresh)).isFalse();
        assertThat(new Filter(null, null, null, PERSONA, false, false).lets(staleAndFailing)).isTrue();
        assertThat(new Filter(null, null, null, PERSONA, false, false).lets(fresh)).isFalse();
        assertThat(new Filter(null, null, null, null, true, false).lets(staleAndFailing)).isTrue();
        assertThat(new Filter(null, null, null, null, true, false).lets(fresh)).isFalse();
        assertThat(new Filter(null, null, null, null, false, true).lets(staleAndFailing)).isTrue();
        assertThat(new Filter(null, null, null, null, false, true).lets(fresh)).isFalse();
        assertThat(new Filter(null, null, null, null, false, true).narrows()).isTrue();
    }

    private static Card card(String name, JourneyType type, UUID owner, UUID persona, Optional<Staleness.Reason> stale,
                             boolean gateFailing) {
        return new Card(UUID.randomUUID(), name, type, owner, owner == null ? "" : "Owner", persona,
                persona == null ? "" : "Persona", CheckStatus.PASS, 0, 0, 0, 0, Optional.empty(),
                LifecycleStage.MAPPING, 1, stale, gateFailing, gateFailing ? 1 : 0);
    }
}
