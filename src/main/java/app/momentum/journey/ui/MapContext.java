package app.momentum.journey.ui;

import app.momentum.brand.BrandValue;
import app.momentum.brand.Channel;
import app.momentum.discipline.Discipline;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the map shows by name: the tenant's brand values, channels, disciplines and members. */
record MapContext(List<BrandValue> brandValues, List<Channel> channels, List<Discipline> disciplines,
                  List<MemberChoice> members) {

    java.util.Optional<String> memberName(UUID userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).map(MemberChoice::displayName).findFirst();
    }

    String channelName(UUID id) {
        return name(channels, Channel::getId, Channel::getName, id);
    }

    String disciplineName(UUID id) {
        return name(disciplines, Discipline::getId, Discipline::getName, id);
    }

    private static <T> String name(List<T> items, Function<T, UUID> idOf, Function<T, String> nameOf, UUID id) {
        if (id == null) {
            return null;
        }
        Map<UUID, String> names = items.stream().collect(Collectors.toMap(idOf, nameOf));
        return names.get(id);
    }
}
