package app.momentum.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.governance.domain.GateVerdict.GateOverride;
import org.junit.jupiter.api.Test;

class GateVerdictTest {

    private static GateVerdict failing() {
        TestJourney journey = new TestJourney();
        journey.hasPersona = false;
        return GateRules.evaluate(Gate.MAPPING_TO_MAKING, journey.facts());
    }

    @Test
    void aFailingGateCanBeOverriddenWithAWrittenReason() {
        GateVerdict verdict = failing();
        GateOverride override = verdict.override("  persona follows next week  ");
        assertThat(override.verdict()).isSameAs(verdict);
        assertThat(override.reason()).isEqualTo("persona follows next week");
    }

    @Test
    void anOverrideWithoutAReasonIsRefused() {
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> failing().override(blank)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aPassingGateNeedsNoOverride() {
        GateVerdict passing = GateRules.evaluate(Gate.MAPPING_TO_MAKING, new TestJourney().facts());
        assertThatThrownBy(() -> passing.override("just in case")).isInstanceOf(IllegalStateException.class);
    }
}
