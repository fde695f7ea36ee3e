package app.momentum.base;

import java.util.List;
import java.util.UUID;

/** Moving an item one place up or down in a list the user orders. */
public final class Ordering {

    private Ordering() {
    }

    /**
     * Swaps the positions of the item with {@code id} and its neighbour in {@code direction} (-1 up, +1 down).
     *
     * @param ordered the whole list, in its current order
     * @return false when the item is already first or last (nothing changes)
     */
    public static boolean move(List<? extends OrderedEntity> ordered, UUID id, int direction) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId().equals(id)) {
                int j = i + Integer.signum(direction);
                if (j < 0 || j >= ordered.size()) {
                    return false;
                }
                renumber(ordered);
                OrderedEntity item = ordered.get(i);
                OrderedEntity neighbour = ordered.get(j);
                int position = item.getPosition();
                item.setPosition(neighbour.getPosition());
                neighbour.setPosition(position);
                return true;
            }
        }
        throw new UserFacingException("error.notFound");
    }

    /** The position for an item added at the end. */
    public static int next(List<? extends OrderedEntity> ordered) {
        return ordered.stream().mapToInt(OrderedEntity::getPosition).max().orElse(0) + 1;
    }

    private static void renumber(List<? extends OrderedEntity> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i + 1);
        }
    }
}
