package app.momentum.demo;

import app.momentum.base.ui.Formats;
import app.momentum.action.ActionBackdating;
import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionRef;
import app.momentum.action.ActionPermissions;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.discipline.DisciplineService;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyMapService.MomentRecord;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyService.JourneyRecord;
import app.momentum.tenancy.Tenant;
import app.momentum.tenancy.TenantMembers;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Demo improvement actions: in every status, across the disciplines, some overdue — created by the demo
 * tenant's CX manager through the normal service, so the history and notifications are real.
 */
@Component
class DemoActions {

    private final ActionService actions;
    private final JourneyService journeys;
    private final JourneyMapService maps;
    private final DisciplineService disciplines;
    private final TenantMembers members;
    private final DemoSession session;
    private final DemoSeedMarkers markers;
    private final ActionBackdating backdating;

    DemoActions(ActionService actions, JourneyService journeys, JourneyMapService maps, DisciplineService disciplines,
                TenantMembers members, DemoSession session, DemoSeedMarkers markers, ActionBackdating backdating) {
        this.markers = markers;
        this.backdating = backdating;
        this.actions = actions;
        this.journeys = journeys;
        this.maps = maps;
        this.disciplines = disciplines;
        this.members = members;
        this.session = session;
    }

    private record Spec(String title, ActionType type, ActionStatus status, int ownerIndex, int disciplineIndex, int dueInDays,
                        Priority priority, String note) {
    }

    static final String STEP = "actions";

    /** Once per tenant, on the first demo journey, and only while the tenant has no actions of its own. */
    void seed(Tenant tenant, boolean dutch) {
        if (markers.done(tenant.getId(), STEP)) {
            return;
        }
        session.asCxManager(tenant, () -> {
            JourneyRecord journey = markers.objects(tenant.getId(), DemoBrandAndJourneys.JOURNEY).stream()
                    .map(journeys::findRecord).flatMap(java.util.Optional::stream).filter(j -> !j.archived())
                    .findFirst().orElse(null);
            if (journey == null || actions.count(ActionService.ActionFilter.all()) > 0) {
                return;
            }
            List<MomentRecord> moments = maps.loadRecord(journey.id()).moments();
            if (moments.isEmpty()) {
                return;
            }
            List<UUID> owners = members.active(ActionPermissions::mayOwn).stream().map(TenantMembers.MemberChoice::userId).toList();
            List<DisciplineRef> owning = disciplines.all();
            int i = 0;
            for (Spec spec : specs(dutch)) {
                MomentRecord moment = moments.get((i * 3) % moments.size());
                ActionRef action = actions.createRef(new ActionService.ActionData(journey.id(), List.of(moment.id()),
                        spec.title(), null, spec.type(), owning.get(spec.disciplineIndex() % owning.size()).id(),
                        owners.get(spec.ownerIndex() % owners.size()), List.of(), LocalDate.now(Formats.DEFAULT_ZONE).plusDays(Math.max(0, spec.dueInDays())),
                        spec.priority(), null, "NPS", "+5", Effort.M), ActionStatus.IDEA);
                if (spec.dueInDays() < 0) {
                    // users cannot give a new action a past date; the demo tells a story that began earlier
                    action = backdating.dueOnRef(action.id(), LocalDate.now(Formats.DEFAULT_ZONE).plusDays(spec.dueInDays()));
                }
                for (ActionStatus step : path(spec.status())) {
                    action = actions.changeStatusRef(action.id(), action.version(), step,
                            step == spec.status() ? spec.note() : null);
                }
                i++;
            }
        });
        markers.mark(tenant.getId(), STEP, null);
    }

    private static List<ActionStatus> path(ActionStatus target) {
        return switch (target) {
            case IDEA -> List.of();
            case PLANNED -> List.of(ActionStatus.PLANNED);
            case IN_PROGRESS -> List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);
            case DONE -> List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE);
            case EFFECT_VERIFIED -> List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.EFFECT_VERIFIED);
            case DROPPED -> List.of(ActionStatus.DROPPED);
        };
    }

    private static List<Spec> specs(boolean dutch) {
        return dutch ? List.of(
                new Spec("Terugbelbelofte binnen 1 werkdag", ActionType.FUNCTIONAL_FIX, ActionStatus.IN_PROGRESS, 1, 2, -3, Priority.HIGH, null),
                new Spec("Welkomstgesprek standaard inplannen", ActionType.EMOTIONAL_CONCEPT, ActionStatus.PLANNED, 2, 1, 10, Priority.MEDIUM, null),
                new Spec("Training empathisch bellen", ActionType.EMPLOYEE_ENABLER, ActionStatus.PLANNED, 3, 1, -1, Priority.HIGH, null),
                new Spec("Opwek van het eigen dak in de app", ActionType.BRAND_MOMENT, ActionStatus.IDEA, 0, 0, 30, Priority.LOW, null),
                new Spec("Jaarafrekening met persoonlijke uitleg", ActionType.EMOTIONAL_CONCEPT, ActionStatus.DONE, 1, 0, -10, Priority.MEDIUM, null),
                new Spec("Meterstand doorgeven in één stap", ActionType.FUNCTIONAL_FIX, ActionStatus.EFFECT_VERIFIED, 2, 2, -20, Priority.MEDIUM,
                        "CES van het moment ging van 4,1 naar 2,3"),
                new Spec("Folder over overstappen", ActionType.FUNCTIONAL_FIX, ActionStatus.DROPPED, 3, 0, 5, Priority.LOW,
                        "Vervangen door het welkomstgesprek"))
                : List.of(
                new Spec("Call back within one working day", ActionType.FUNCTIONAL_FIX, ActionStatus.IN_PROGRESS, 1, 2, -3, Priority.HIGH, null),
                new Spec("Schedule the decision call as standard", ActionType.EMOTIONAL_CONCEPT, ActionStatus.PLANNED, 2, 1, 10, Priority.MEDIUM, null),
                new Spec("Train advisers in giving good news", ActionType.EMPLOYEE_ENABLER, ActionStatus.PLANNED, 3, 1, -1, Priority.HIGH, null),
                new Spec("Keys day message with a personal note", ActionType.BRAND_MOMENT, ActionStatus.IDEA, 0, 0, 30, Priority.LOW, null),
                new Spec("Plain-language mortgage offer", ActionType.FUNCTIONAL_FIX, ActionStatus.DONE, 1, 0, -10, Priority.MEDIUM, null),
                new Spec("Same-day document check", ActionType.FUNCTIONAL_FIX, ActionStatus.EFFECT_VERIFIED, 2, 2, -20, Priority.MEDIUM,
                        "CES of the moment fell from 4.1 to 2.3"),
                new Spec("Brochure about moving house", ActionType.FUNCTIONAL_FIX, ActionStatus.DROPPED, 3, 0, 5, Priority.LOW,
                        "Replaced by the decision call"));
    }
}
