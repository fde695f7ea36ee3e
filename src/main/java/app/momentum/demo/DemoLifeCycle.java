package app.momentum.demo;

import app.momentum.governance.LifeCycle;
import app.momentum.journey.LifecycleStage;
import app.momentum.tenancy.Tenant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Moves the demo journeys along the CX life cycle through the gates, as a CX manager would, so the portfolio board,
 * the journeys' histories and the cockpit's "moved this quarter" and overrides show something at once: the signature
 * journey from mapping through making into mining, the other one into making. A failing gate is passed with a
 * written reason, as the product asks of users (those moves show as overrides).
 */
@Component
class DemoLifeCycle {

    static final String STEP = "life-cycle";

    private final LifeCycle lifeCycle;
    private final DemoSession session;
    private final DemoSeedMarkers markers;

    DemoLifeCycle(LifeCycle lifeCycle, DemoSession session, DemoSeedMarkers markers) {
        this.lifeCycle = lifeCycle;
        this.session = session;
        this.markers = markers;
    }

    /** Once per tenant, after its journeys; nothing when the demo journeys are not there. */
    void seed(Tenant tenant, boolean dutch) {
        if (markers.done(tenant.getId(), STEP)) {
            return;
        }
        List<UUID> journeys = markers.objects(tenant.getId(), DemoBrandAndJourneys.JOURNEY);
        if (journeys.size() < 2) {
            return;
        }
        session.asCxManager(tenant, () -> {
            UUID signature = journeys.get(0);
            lifeCycle.move(signature, LifecycleStage.MAPPING,
                    dutch ? "Kaart besproken met marketing en klantenservice" : "Map reviewed with marketing and service",
                    dutch ? "De directie wil de verbeteringen dit kwartaal starten; ontbrekende punten volgen in de "
                            + "eerste sprint." : "The board wants the improvements started this quarter; what is "
                            + "missing follows in the first sprint.");
            lifeCycle.move(signature, LifecycleStage.MAKING,
                    dutch ? "Verbeteracties ingepland" : "Improvement actions planned",
                    dutch ? "De meting loopt al; de laatste acties worden tijdens de meting afgerond."
                            : "The survey is already running; the last actions are finished while it runs.");
            lifeCycle.move(journeys.get(1), LifecycleStage.MAPPING,
                    dutch ? "Kaart compleet" : "Map complete",
                    dutch ? "Eigenaar en persona worden deze week vastgelegd." : "Owner and persona are set this week.");
        });
        markers.mark(tenant.getId(), STEP, null);
    }
}
