package app.momentum.journey.ui;

import app.momentum.brand.BrandService.Named;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the map shows by name: the tenant's brand values, channels, disciplines and members. The names are indexed by
 * id once, when the context is made: the canvas looks up a channel and a discipline for each of hundreds of moments.
 */
record MapContext(List<Named> brandValues, List<Named> channels, List<DisciplineRef> disciplines,
                  List<MemberChoice> members, Map<UUID, String> channelNames, Map<UUID, String> disciplineNames,
                  Map<UUID, String> memberNames) {

    MapContext(List<Named> brandValues, List<Named> channels, List<DisciplineRef> disciplines, List<MemberChoice> members) {
        this(brandValues, channels, disciplines, members, index(channels, Named::id, Named::name),
                index(disciplines, DisciplineRef::id, DisciplineRef::name),
                index(members, MemberChoice::userId, MemberChoice::displayName));
    }

    Optional<String> memberName(UUID userId) {
        return Optional.ofNullable(userId == null ? null : memberNames.get(userId));
    }

    String channelName(UUID id) {
        return id == null ? null : channelNames.get(id);
    }

    String disciplineName(UUID id) {
        return id == null ? null : disciplineNames.get(id);
    }

    private static <T> Map<UUID, String> index(List<T> items, Function<T, UUID> idOf, Function<T, String> nameOf) {
        Map<UUID, String> names = new HashMap<>();
        items.forEach(item -> names.putIfAbsent(idOf.apply(item), nameOf.apply(item)));
        return Map.copyOf(names);
    }
}
