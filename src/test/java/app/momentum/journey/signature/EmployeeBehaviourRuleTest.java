package app.momentum.journey.signature;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.JourneyType;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A 9+ moment without the behaviour expected of employees is a warning; 7+ moments need none. */
class EmployeeBehaviourRuleTest {

    @Test
    void ninePlusMomentsWithoutExpectedBehaviourAreFlagged() {
        MomentDesign described = moment(TargetLevel.NINE_PLUS, true);
        MomentDesign undescribed = moment(TargetLevel.NINE_PLUS, false);
        MomentDesign sevenPlus = moment(TargetLevel.SEVEN_PLUS, false);
        CheckItem item = check(List.of(described, undescribed, sevenPlus));
        assertThat(item.status()).isEqualTo(CheckStatus.WARNING);
        assertThat(item.momentIds()).containsExactly(undescribed.id());
        assertThat(item.messageKey()).isEqualTo("check.employeeBehaviour.warning");
        assertThat(item.arguments()).containsExactly(1);
    }

    @Test
    void passesWhenEveryNinePlusMomentDescribesTheBehaviour() {
        assertThat(check(List.of(moment(TargetLevel.NINE_PLUS, true), moment(TargetLevel.SEVEN_PLUS, false))).status())
                .isEqualTo(CheckStatus.PASS);
        assertThat(check(List.of()).status()).isEqualTo(CheckStatus.PASS);
    }

    private static CheckItem check(List<MomentDesign> moments) {
        return SignatureCheck.evaluate(new JourneyDesign(JourneyType.SIGNATURE_JOURNEY, moments, List.of()), CheckSettings.defaults())
                .item(CheckRule.EMPLOYEE_BEHAVIOUR);
    }

    private static MomentDesign moment(TargetLevel target, boolean behaviour) {
        return new MomentDesign(UUID.randomUUID(), "m", target, MomentNature.EMOTIONAL, false, false, Set.of(), null, 1,
                "CONTROL", "exceeds", "repeatable", UUID.randomUUID(), behaviour);
    }
}
