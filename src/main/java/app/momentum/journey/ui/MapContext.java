package app.momentum.journey.ui;

import app.momentum.brand.BrandService.Named;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the map shows by name: the tenant's brand values, channels, disciplines and members. */
record MapContext(List<Named> brandValues, List<Named> channels, List<DisciplineRef> disciplines,
                  List<MemberChoice> members) {

    java.util.Optional<String> memberName(UUID userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).map(MemberChoice::displayName).findFirst();
    }

    String channelName(UUID id) {
        return name(channels, Named::id, Named::name, id);
    }

    String disciplineName(UUID id) {
        return name(disciplines, DisciplineRef::id, DisciplineRef::name, id);
    }

    private static <T> String name(List<T> items, Function<T, UUID> idOf, Function<T, String> nameOf, UUID id) {
        if (id == null) {
            return null;
        }
        Map<UUID, String> names = items.stream().collect(Collectors.toMap(idOf, nameOf));
        return names.get(id);
    }
}
