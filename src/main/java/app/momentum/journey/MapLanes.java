package app.momentum.journey;

import app.momentum.journey.canvas.LaneLayout;
import app.momentum.journey.internal.MapLanePreference;
import app.momentum.journey.internal.MapLanePreferenceRepository;
import app.momentum.security.MemberSession;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's lanes on the journey canvas, remembered across sessions and devices: the same layout on every journey
 * of the tenant. Everyone who may open a map (executives too) chooses their own lanes; nobody sees another's.
 */
@Service
@Transactional
public class MapLanes {

    private final MapLanePreferenceRepository preferences;
    private final MemberSession memberSession;

    MapLanes(MapLanePreferenceRepository preferences, MemberSession memberSession) {
        this.preferences = preferences;
        this.memberSession = memberSession;
    }

    /** The current user's layout, or the default one when they never chose. */
    @Transactional(readOnly = true)
    public LaneLayout current() {
        return preferences.findByUserId(memberSession.require().user().id())
                .map(stored -> LaneLayout.of(ids(stored.getLaneOrder()), ids(stored.getHidden())))
                .orElse(LaneLayout.DEFAULT);
    }

    /** Stores the current user's layout (normalised: unknown lanes dropped, missing ones appended) and returns it. */
    public LaneLayout save(List<String> order, List<String> hidden) {
        LaneLayout layout = LaneLayout.of(order, hidden);
        var userId = memberSession.require().user().id();
        MapLanePreference stored = preferences.findByUserId(userId).orElseGet(() -> new MapLanePreference(userId));
        stored.set(String.join(",", layout.orderIds()), String.join(",", layout.hiddenIds()));
        preferences.save(stored);
        return layout;
    }

    private static List<String> ids(String stored) {
        return stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }
}
