package app.momentum.journey;

import app.momentum.journey.internal.Moment;
import java.util.List;

/** Shorthand for the journeys tests create. */
final class JourneyTestData {

    private JourneyTestData() {
    }

    static JourneyService.JourneyData journey(String name) {
        return new JourneyService.JourneyData(name, JourneyType.SIGNATURE_JOURNEY, null, null, null, null, null,
                LifecycleStage.MAPPING);
    }

    static List<String> phases(String... names) {
        return List.of(names);
    }

    /** Moment fields with only a title, target and emotions set. */
    static JourneyMapService.MomentData moment(String title, TargetLevel target, boolean momentOfTruth, Integer desired) {
        return new JourneyMapService.MomentData(title, null, null, null, null, null, MomentNature.EMOTIONAL, target,
                momentOfTruth, false, List.of(), null, null, List.of(), List.of(), null, desired, null, null, null, null);
    }
}
