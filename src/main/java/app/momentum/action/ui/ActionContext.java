package app.momentum.action.ui;

import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names the action views show: journeys, disciplines and members of the tenant, and among the members those who may
 * own an action or contribute to it ({@code workers}).
 */
record ActionContext(List<JourneyRef> journeys, List<DisciplineRef> disciplines, List<MemberChoice> members,
                     List<MemberChoice> workers) {

    String journeyName(UUID id) {
        return journeys.stream().filter(j -> j.id().equals(id)).map(JourneyRef::name).findFirst().orElse("");
    }

    String disciplineName(UUID id) {
        return id == null ? "" : disciplines.stream().filter(d -> d.id().equals(id)).map(DisciplineRef::name).findFirst().orElse("");
    }

    String memberName(UUID id) {
        return id == null ? "" : members.stream().filter(m -> m.userId().equals(id)).map(MemberChoice::displayName).findFirst().orElse("");
    }

    Map<UUID, MemberChoice> membersById() {
        return members.stream().collect(Collectors.toMap(MemberChoice::userId, Function.identity()));
    }
}
