package app.momentum.journey.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a live update must send to a canvas: the columns whose content changed since the last time, and those that are
 * gone. The server remembers one fingerprint per column it sent (a few bytes each), not the columns themselves, so an
 * open canvas costs little memory; only changed columns travel and are redrawn.
 *
 * @param changed the keys that are new or whose fingerprint differs, in the new order
 * @param removed the keys sent before that are no longer there
 */
public record ColumnChanges<K>(List<K> changed, List<K> removed) {

    public ColumnChanges {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public static <K> ColumnChanges<K> between(Map<K, ?> sent, Map<K, ?> now) {
        List<K> changed = new ArrayList<>();
        now.forEach((key, fingerprint) -> {
            if (!sent.containsKey(key) || !Objects.equals(sent.get(key), fingerprint)) {
                changed.add(key);
            }
        });
        List<K> removed = new ArrayList<>();
        sent.keySet().forEach(key -> {
            if (!now.containsKey(key)) {
                removed.add(key);
            }
        });
        return new ColumnChanges<>(changed, removed);
    }

    public boolean none() {
        return changed.isEmpty() && removed.isEmpty();
    }
}
