package app.momentum.journey.canvas;

import java.util.Arrays;
import java.util.Optional;

/**
 * A row of the journey canvas, under the moments. The order of the constants is the default order: the moment first,
 * then what the customer does, thinks and feels, where it happens, how it feels, and who delivers it.
 */
public enum MapLane {
    /** Title, 7+/9+, moment of truth, brand moment, nature. */
    CARD("card", true),
    DOES("does", true),
    THINKS("thinks", true),
    FEELS("feels", true),
    /** Channel and touchpoint. */
    CHANNEL("channel", true),
    OTHER_PARTY("otherParty", true),
    /** Current, desired and measured curves; the desired points are dragged. */
    EMOTION("emotion", true),
    /** Experience dimensions and providers (edited in the full form). */
    EXPERIENCE("experience", false),
    /** Accountable discipline and RACI (edited on the responsibilities page, by managers). */
    OWNERS("owners", false),
    ENABLERS("enablers", false),
    /** The latest survey's mean satisfaction and whether the target was met. */
    MEASURED("measured", false),
    ACTIONS("actions", false),
    COMMENTS("comments", false);

    private final String id;
    private final boolean editableOnCanvas;

    MapLane(String id, boolean editableOnCanvas) {
        this.id = id;
        this.editableOnCanvas = editableOnCanvas;
    }

    /** The lane's id in the canvas JSON and in stored preferences. */
    public String id() {
        return id;
    }

    /**
     * Whether someone who may design the map edits this lane on the canvas. The others are facts from elsewhere (a
     * survey, the actions) or edited where their rules live (RACI on the responsibilities page, for managers only).
     */
    public boolean editableOnCanvas() {
        return editableOnCanvas;
    }

    /** The message key of the lane's name. */
    public String labelKey() {
        return "canvas.lane." + id;
    }

    public static Optional<MapLane> of(String id) {
        return Arrays.stream(values()).filter(lane -> lane.id.equals(id)).findFirst();
    }
}
