package app.momentum.action.ui;

import app.momentum.action.ActionPermissions;
import app.momentum.discipline.DisciplineService;
import app.momentum.journey.JourneyLookup;
import app.momentum.tenancy.TenantMembers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Loads the names the action views need, once per view. */
@Component
class ActionContextLoader {

    private final JourneyLookup journeys;
    private final DisciplineService disciplines;
    private final TenantMembers members;

    ActionContextLoader(JourneyLookup journeys, DisciplineService disciplines, TenantMembers members) {
        this.journeys = journeys;
        this.disciplines = disciplines;
        this.members = members;
    }

    ActionContext load() {
        return new ActionContext(journeys.activeJourneys(PageRequest.of(0, 500, Sort.by("name"))),
                disciplines.all(), members.active(), members.active(ActionPermissions::mayOwn));
    }
}
