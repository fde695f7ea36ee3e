package app.momentum.journey.ui;

import app.momentum.journey.canvas.LaneLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journey map as one picture: {@code <momentum-journey-canvas>} ({@code frontend/components/}) draws the moments
 * as columns under phase bands with the lanes beneath, and edits in place. This server side only sends JSON and
 * receives typed events.
 *
 * <p>Why calls instead of properties: a property would stay in Vaadin's state tree for as long as the view is open —
 * the whole map, per session. A call ({@code setModel}, {@code applyPatch}, …) is sent once and forgotten, so an open
 * canvas costs the server almost nothing; the browser keeps the map.
 */
@Tag("momentum-journey-canvas")
@JsModule("./components/momentum-journey-canvas.ts")
class JourneyCanvas extends Component implements HasSize, HasStyle {

    JourneyCanvas() {
        setId("journey-canvas");
    }

    /** The whole map (see {@link CanvasJson#model}); the canvas draws it anew and fires canvas-drawn once drawn. */
    void setModel(ObjectNode model) {
        call("setModel", model);
    }

    /** Changed and removed moments, and the phases when they changed: only those columns are redrawn. */
    void applyPatch(ObjectNode patch) {
        call("applyPatch", patch);
    }

    /** Who else edits which cell: {@code [{momentId, lane, initials, name, color}]}. */
    void setPresence(ArrayNode presence) {
        call("setPresence", presence);
    }

    void setLanes(LaneLayout layout) {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        ArrayNode order = state.putArray("order");
        layout.orderIds().forEach(order::add);
        ArrayNode hidden = state.putArray("hidden");
        layout.hiddenIds().forEach(hidden::add);
        call("setLanes", state);
    }

    /** "edit", "workshop" or "presentation". */
    void setMode(String mode) {
        call("setMode", mode);
    }

    /** Scrolls the cell into view and focuses it (keyboard users continue from there). */
    void focusCell(java.util.UUID momentId, String lane) {
        getElement().executeJs("customElements.whenDefined('momentum-journey-canvas').then(() => this.focusCell($0, $1))",
                momentId.toString(), lane);
    }

    void setI18n(Map<String, String> texts) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        texts.forEach(node::put);
        call("setI18n", node);
    }

    /** A typed edit (field, move, add): its {@code event.detail}. */
    Registration onEdit(Consumer<JsonNode> listener) {
        return on("canvas-edit", listener);
    }

    /** The user opened or left a cell's editor: {@code {momentId, lane}}, both null when they left. */
    Registration onFocus(Consumer<JsonNode> listener) {
        return on("canvas-focus", listener);
    }

    /** The user asked for a moment's full form: {@code {momentId}}. */
    Registration onOpen(Consumer<JsonNode> listener) {
        return on("canvas-open", listener);
    }

    /** The user changed the lanes: {@code {order, hidden}}. */
    Registration onLanes(Consumer<JsonNode> listener) {
        return on("canvas-lanes", listener);
    }

    /**
     * Calls the element's method once the custom element is defined: the first call may arrive before its module has
     * upgraded the element. Calls keep their order (they wait on the same promise).
     */
    private void call(String method, Object argument) {
        getElement().executeJs("customElements.whenDefined('momentum-journey-canvas').then(() => this." + method + "($0))",
                argument);
    }

    private Registration on(String event, Consumer<JsonNode> listener) {
        return getElement().addEventListener(event, e -> listener.accept(e.getEventData().get("event.detail")))
                .addEventData("event.detail");
    }
}
