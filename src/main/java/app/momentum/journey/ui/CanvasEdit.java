package app.momentum.journey.ui;

import app.momentum.journey.MomentField;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One edit the canvas sends ({@code canvas-edit}'s detail), checked and typed before anything is saved. The browser
 * is not trusted: an event of an unknown kind, for a field the canvas does not edit, with an id that is no id or a
 * value of the wrong type is refused as a whole ({@link InvalidEdit}); whether the user may make the edit and whether
 * the value is allowed (lengths, the emotion's range) the journey service decides, as for every other way in.
 */
sealed interface CanvasEdit {

    /** A cell's new value, with the value the user started from (the merge's base), both in the field's normal form. */
    record FieldEdit(UUID momentId, MomentField field, Object base, Object value) implements CanvasEdit {
    }

    /** A moment dropped before another, or at a phase's end ({@code beforeId} null). */
    record Move(UUID momentId, UUID phaseId, UUID beforeId) implements CanvasEdit {
    }

    /** A moment typed into the empty column at a phase's end. */
    record Add(UUID phaseId, String title) implements CanvasEdit {
    }

    /** The event does not describe an edit the canvas can make. */
    final class InvalidEdit extends IllegalArgumentException {
        InvalidEdit(String what) {
            super(what);
        }
    }

    static CanvasEdit parse(JsonNode detail) {
        if (detail == null || !detail.isObject()) {
            throw new InvalidEdit("no edit");
        }
        return switch (string(detail, "kind").orElse("")) {
            case "field" -> {
                MomentField field = MomentField.ofCanvasName(string(detail, "field").orElse(""))
                        .orElseThrow(() -> new InvalidEdit("not a field of the canvas"));
                yield new FieldEdit(id(detail, "momentId"), field, value(field, detail.get("base")),
                        value(field, detail.get("value")));
            }
            case "move" -> new Move(id(detail, "momentId"), id(detail, "phaseId"),
                    detail.hasNonNull("beforeId") ? id(detail, "beforeId") : null);
            case "add" -> new Add(id(detail, "phaseId"), string(detail, "title").orElse(""));
            default -> throw new InvalidEdit("unknown kind");
        };
    }

    /** A JSON value as the field holds it: text, a whole number or yes/no; anything else is refused. */
    private static Object value(MomentField field, JsonNode node) {
        Object plain;
        if (node == null || node.isNull()) {
            plain = null;
        } else if (node.isString()) {
            plain = node.asString();
        } else if (node.isBoolean()) {
            plain = node.asBoolean();
        } else if (node.isIntegralNumber() && node.canConvertToInt()) {
            plain = node.asInt();
        } else {
            throw new InvalidEdit(field + " cannot hold " + node.getNodeType());
        }
        try {
            return field.normalize(plain);
        } catch (IllegalArgumentException | ClassCastException wrongType) {
            throw new InvalidEdit(field + ": " + wrongType.getMessage());
        }
    }

    private static UUID id(JsonNode detail, String name) {
        try {
            return UUID.fromString(string(detail, name).orElseThrow(() -> new InvalidEdit("no " + name)));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidEdit(name + " is no id");
        }
    }

    private static Optional<String> string(JsonNode detail, String name) {
        JsonNode value = detail.get(name);
        return value != null && value.isString() ? Optional.of(value.asString()) : Optional.empty();
    }
}
