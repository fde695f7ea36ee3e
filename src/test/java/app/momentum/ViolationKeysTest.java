package app.momentum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ratchet's keys: one per problem, the same after unrelated edits, the same cycle from any starting point. */
class ViolationKeysTest {

    @Test
    void aNonExposedTypeIsKeyedBySourceModuleAndTargetTypeWithoutTheCallSite() {
        String message = """
                Module 'action' depends on non-exposed type app.momentum.journey.ui.JourneyMapView within module 'journey'!
                Method <app.momentum.action.ui.ActionView.show(app.momentum.action.ImprovementAction)> calls method \
                <app.momentum.journey.ui.JourneyMapView.parameters(java.util.UUID)> in (ActionView.java:100)""";

        assertThat(ViolationKeys.keyOf(message)).isEqualTo("action -> app.momentum.journey.ui.JourneyMapView");
    }

    @Test
    void twoCallSitesOfTheSameTypeShareOneKey() {
        String first = "Module 'demo' depends on non-exposed type app.momentum.action.domain.Priority within module "
                + "'action'!\nMethod <a.B.c()> gets field <app.momentum.action.domain.Priority.MEDIUM> in (DemoActions.java:119)";
        String second = "Module 'demo' depends on non-exposed type app.momentum.action.domain.Priority within module "
                + "'action'!\nMethod <a.B.d()> gets field <app.momentum.action.domain.Priority.HIGH> in (DemoActions.java:7)";

        assertThat(ViolationKeys.keysOf(List.of(first, second)))
                .containsExactly("demo -> app.momentum.action.domain.Priority");
    }

    @Test
    void aNestedTypeKeepsItsBinaryName() {
        String message = "Module 'journey' depends on non-exposed type app.momentum.base.live.Presence$Visitor within "
                + "module 'base'!\nMethod <x> calls method <y> in (JourneyMapView.java:432)";

        assertThat(ViolationKeys.keyOf(message)).isEqualTo("journey -> app.momentum.base.live.Presence$Visitor");
    }

    @Test
    void aCycleIsRotatedToStartAtItsAlphabeticallyFirstModuleAndListsNoDependencies() {
        String message = """
                Cycle detected: Slice ownership ->\s
                                Slice journey ->\s
                                Slice action ->\s
                                Slice ownership
                  1. Dependencies of Slice ownership
                    - Field <app.momentum.ownership.X.y> has type <app.momentum.journey.Z> in (X.java:0)
                  2. Dependencies of Slice journey
                    - Method <app.momentum.journey.Z.m()> calls method <app.momentum.action.Slice.run()> in (Z.java:12)""";

        assertThat(ViolationKeys.keyOf(message)).isEqualTo("cycle: action -> ownership -> journey -> action");
        assertThat(ViolationKeys.isCycle(ViolationKeys.keyOf(message))).isTrue();
    }

    @Test
    void theSameCycleFoundFromAnotherModuleHasTheSameKey() {
        String fromJourney = "Cycle detected: Slice journey -> \n Slice action -> \n Slice ownership -> \n Slice journey\n"
                + "  1. Dependencies of Slice journey\n    - x in (A.java:1)";
        String fromAction = "Cycle detected: Slice action -> \n Slice ownership -> \n Slice journey -> \n Slice action\n"
                + "  1. Dependencies of Slice action\n    - y in (B.java:2)";

        assertThat(ViolationKeys.keyOf(fromJourney)).isEqualTo(ViolationKeys.keyOf(fromAction));
    }

    @Test
    void cyclesThroughTheSameModulesInAnotherOrderAreDifferentKeys() {
        String one = "Cycle detected: Slice a -> \n Slice b -> \n Slice c -> \n Slice a";
        String other = "Cycle detected: Slice a -> \n Slice c -> \n Slice b -> \n Slice a";

        assertThat(ViolationKeys.keyOf(one)).isEqualTo("cycle: a -> b -> c -> a");
        assertThat(ViolationKeys.keyOf(other)).isEqualTo("cycle: a -> c -> b -> a");
    }

    @Test
    void anyOtherMessageLosesItsLineNumbersAndBecomesOneLine() {
        String message = "Module 'demo' depends on module 'api' via app.momentum.demo.X -> app.momentum.api.Y.\n"
                + "   Allowed targets: base.\n  Method <a> calls <b> in (X.java:42)";

        String key = ViolationKeys.keyOf(message);

        assertThat(key).isEqualTo("Module 'demo' depends on module 'api' via app.momentum.demo.X -> app.momentum.api.Y. / "
                + "Allowed targets: base. / Method <a> calls <b> in (X.java)");
        assertThat(key).isEqualTo(ViolationKeys.keyOf(message.replace("X.java:42", "X.java:43")));
        assertThat(ViolationKeys.isCycle(key)).isFalse();
    }
}
