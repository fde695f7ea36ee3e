package app.momentum.bench;

import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.MomentNature;
import app.momentum.journey.internal.Phase;
import app.momentum.journey.TargetLevel;
import java.util.ArrayList;
import java.util.List;

/** The journey both map-editor benchmarks measure. */
public final class MapEditorBenchmarkData {

    public static final int MOMENTS = 200;
    public static final int PHASES = 8;

    private MapEditorBenchmarkData() {
    }

    /**
     * A signature journey of 200 moments over 8 phases, with every field a card shows and text in the customer's
     * lanes (what they do on every moment, think on every second, feel on every third), as a canvas draws them.
     */
    public static Journey bigJourney(JourneyService journeys, JourneyMapService maps) {
        return journey(journeys, maps, "Benchmark journey", MOMENTS, PHASES);
    }

    private static Journey journey(JourneyService journeys, JourneyMapService maps, String name, int moments, int phaseCount) {
        List<String> phaseNames = new ArrayList<>();
        for (int p = 1; p <= phaseCount; p++) {
            phaseNames.add("Phase " + p);
        }
        Journey journey = journeys.create(new JourneyService.JourneyData(name, JourneyType.SIGNATURE_JOURNEY,
                null, null, null, null, null, LifecycleStage.MAPPING), phaseNames);
        List<Phase> phases = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet());
        List<JourneyMapService.NewMoment> planned = new ArrayList<>();
        for (int i = 0; i < moments; i++) {
            planned.add(new JourneyMapService.NewMoment(phases.get(i * phaseCount / moments).getId(),
                    new JourneyMapService.MomentData("Moment " + i + " with a realistic, somewhat longer title",
                            "The customer compares offers and reads the small print (" + i + ")",
                            i % 2 == 0 ? "Is this really the best choice for us?" : null,
                            i % 3 == 0 ? "Unsure, a little impatient" : null, null, i % 10 == 0 ? "Notary" : null,
                            i % 3 == 0 ? MomentNature.EMOTIONAL : MomentNature.FUNCTIONAL,
                            i % 7 == 0 ? TargetLevel.NINE_PLUS : TargetLevel.SEVEN_PLUS, i % 20 == 0, i % 11 == 0,
                            List.of(), null, null, List.of(), List.of(), (i % 7) - 3, ((i + 2) % 7) - 3, null, null, null, null)));
        }
        maps.addMoments(journey.getId(), planned);
        return journey;
    }

    /**
     * A journey the size of the demo tenants' (12 moments over 4 phases), filled like {@link #bigJourney}: the
     * "typical journey open in a session" of the memory benchmarks, which run in production mode, where no demo data
     * is seeded.
     */
    public static Journey demoSizedJourney(JourneyService journeys, JourneyMapService maps) {
        return journey(journeys, maps, "Demo-sized journey", 12, 4);
    }
}
