package app.momentum.journey;

import app.momentum.journey.JourneyMapService.MomentData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The fields of a moment a user edits, one constant per {@link MomentData} component: the unit of merging
 * concurrent edits (two people changing different fields of one moment both keep their change).
 *
 * <p>Values are compared for the merge in one normal form, the form in which they are stored, so that a form's
 * empty text ("") and a stored null, or the same brand values in another order, do not count as a change:
 * texts stripped with blank as null; booleans, nature and target level never null (their defaults); sets of brand
 * values, dimensions and providers as sets; emotions as Integer; ids as UUID (a canvas may send them as strings).
 */
public enum MomentField {
    TITLE("moment.name", Kind.TEXT),
    CUSTOMER_DOES("moment.does", Kind.LONG_TEXT),
    CUSTOMER_THINKS("moment.thinks", Kind.LONG_TEXT),
    CUSTOMER_FEELS("moment.feels", Kind.LONG_TEXT),
    CHANNEL("moment.channel", Kind.ID),
    OTHER_PARTY("moment.otherParty", Kind.TEXT),
    NATURE("moment.nature", Kind.NATURE),
    TARGET_LEVEL("moment.target", Kind.TARGET),
    MOMENT_OF_TRUTH("moment.momentOfTruth", Kind.FLAG),
    BRAND_MOMENT("moment.brandMoment", Kind.FLAG),
    BRAND_VALUES("moment.brandValues", Kind.IDS),
    CONSCIOUS_EXPECTATION("moment.expectation", Kind.LONG_TEXT),
    DEEP_DRIVER("moment.deepDriver", Kind.TEXT),
    DIMENSIONS("moment.dimensions", Kind.DIMENSIONS),
    PROVIDERS("moment.providers", Kind.PROVIDERS),
    CURRENT_EMOTION("moment.currentEmotion", Kind.EMOTION),
    DESIRED_EMOTION("moment.desiredEmotion", Kind.EMOTION),
    EXCEEDS_EXPECTATION("moment.exceeds", Kind.LONG_TEXT),
    REPEATABILITY("moment.repeatability", Kind.LONG_TEXT),
    OWNER_DISCIPLINE("moment.discipline", Kind.ID),
    OWNER_USER("moment.owner", Kind.ID);

    /** What a field holds, which decides its normal form. */
    public enum Kind { TEXT, LONG_TEXT, ID, IDS, NATURE, TARGET, FLAG, DIMENSIONS, PROVIDERS, EMOTION }

    private final String labelKey;
    private final Kind kind;

    MomentField(String labelKey, Kind kind) {
        this.labelKey = labelKey;
        this.kind = kind;
    }

    /** The message key of the field's label (the full form's label). */
    public String labelKey() {
        return labelKey;
    }

    public Kind kind() {
        return kind;
    }

    /** A free text field: a person resolving a conflict on it may also type a new text. */
    public boolean isText() {
        return kind == Kind.TEXT || kind == Kind.LONG_TEXT;
    }

    /**
     * The value in its normal form (see the class comment).
     *
     * @throws IllegalArgumentException when the value cannot be one of this field (a programming error)
     */
    public Object normalize(Object value) {
        return switch (kind) {
            case TEXT, LONG_TEXT -> text(value);
            case ID -> id(value);
            case IDS -> ids(value);
            case NATURE -> value == null ? MomentNature.FUNCTIONAL : constant(MomentNature.class, value);
            case TARGET -> value == null ? TargetLevel.SEVEN_PLUS : constant(TargetLevel.class, value);
            case FLAG -> flag(value);
            case DIMENSIONS -> constants(ExperienceDimension.class, value);
            case PROVIDERS -> constants(ExperienceProvider.class, value);
            case EMOTION -> emotion(value);
        };
    }

    /**
     * The field a cell of the canvas edits, by the name the canvas uses in its {@code canvas-edit} event
     * ({@code title, does, thinks, feels, otherParty, channelId, current, desired, target, nature, momentOfTruth,
     * brandMoment}); empty for any other name.
     */
    public static Optional<MomentField> ofCanvasName(String name) {
        return Optional.ofNullable(switch (name == null ? "" : name) {
            case "title" -> TITLE;
            case "does" -> CUSTOMER_DOES;
            case "thinks" -> CUSTOMER_THINKS;
            case "feels" -> CUSTOMER_FEELS;
            case "otherParty" -> OTHER_PARTY;
            case "channelId" -> CHANNEL;
            case "current" -> CURRENT_EMOTION;
            case "desired" -> DESIRED_EMOTION;
            case "target" -> TARGET_LEVEL;
            case "nature" -> NATURE;
            case "momentOfTruth" -> MOMENT_OF_TRUTH;
            case "brandMoment" -> BRAND_MOMENT;
            default -> null;
        });
    }

    /** Every field of the data, normalized; a map that holds nulls (an empty text is null). */
    public static Map<MomentField, Object> values(MomentData data) {
        Map<MomentField, Object> values = new EnumMap<>(MomentField.class);
        values.put(TITLE, data.title());
        values.put(CUSTOMER_DOES, data.customerDoes());
        values.put(CUSTOMER_THINKS, data.customerThinks());
        values.put(CUSTOMER_FEELS, data.customerFeels());
        values.put(CHANNEL, data.channelId());
        values.put(OTHER_PARTY, data.otherParty());
        values.put(NATURE, data.nature());
        values.put(TARGET_LEVEL, data.targetLevel());
        values.put(MOMENT_OF_TRUTH, data.momentOfTruth());
        values.put(BRAND_MOMENT, data.brandMoment());
        values.put(BRAND_VALUES, data.brandValueIds());
        values.put(CONSCIOUS_EXPECTATION, data.consciousExpectation());
        values.put(DEEP_DRIVER, data.deepDriver());
        values.put(DIMENSIONS, data.dimensions());
        values.put(PROVIDERS, data.providers());
        values.put(CURRENT_EMOTION, data.currentEmotion());
        values.put(DESIRED_EMOTION, data.desiredEmotion());
        values.put(EXCEEDS_EXPECTATION, data.exceedsExpectation());
        values.put(REPEATABILITY, data.repeatability());
        values.put(OWNER_DISCIPLINE, data.ownerDisciplineId());
        values.put(OWNER_USER, data.ownerUserId());
        return normalized(values);
    }

    /** The data the values describe; a missing field is empty (text null, flag false, no brand values...). */
    public static MomentData data(Map<MomentField, ?> values) {
        Map<MomentField, Object> v = normalized(values);
        for (MomentField field : values()) {
            v.computeIfAbsent(field, f -> f.normalize(null));
        }
        return new MomentData((String) v.get(TITLE), (String) v.get(CUSTOMER_DOES), (String) v.get(CUSTOMER_THINKS),
                (String) v.get(CUSTOMER_FEELS), (UUID) v.get(CHANNEL), (String) v.get(OTHER_PARTY),
                (MomentNature) v.get(NATURE), (TargetLevel) v.get(TARGET_LEVEL), (Boolean) v.get(MOMENT_OF_TRUTH),
                (Boolean) v.get(BRAND_MOMENT), list(v.get(BRAND_VALUES), UUID.class),
                (String) v.get(CONSCIOUS_EXPECTATION), (String) v.get(DEEP_DRIVER),
                list(v.get(DIMENSIONS), ExperienceDimension.class), list(v.get(PROVIDERS), ExperienceProvider.class),
                (Integer) v.get(CURRENT_EMOTION), (Integer) v.get(DESIRED_EMOTION), (String) v.get(EXCEEDS_EXPECTATION),
                (String) v.get(REPEATABILITY), (UUID) v.get(OWNER_DISCIPLINE), (UUID) v.get(OWNER_USER));
    }

    /** A copy of the given fields (only those), each value normalized; null values kept. */
    public static Map<MomentField, Object> normalized(Map<MomentField, ?> values) {
        Map<MomentField, Object> normal = new EnumMap<>(MomentField.class);
        values.forEach((field, value) -> normal.put(field, field.normalize(value)));
        return normal;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("text expected, not " + value.getClass().getSimpleName());
        }
        return text.isBlank() ? null : text.strip();
    }

    private static UUID id(Object value) {
        return switch (value) {
            case null -> null;
            case UUID id -> id;
            case String text when text.isBlank() -> null;
            case String text -> UUID.fromString(text.strip());
            default -> throw new IllegalArgumentException("id expected, not " + value.getClass().getSimpleName());
        };
    }

    private static Set<UUID> ids(Object value) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Object item : collection(value)) {
            UUID id = id(item);
            if (id != null) {
                ids.add(id);
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Object value) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof String name) {
            return Enum.valueOf(type, name.strip());
        }
        throw new IllegalArgumentException(type.getSimpleName() + " expected, not " + value.getClass().getSimpleName());
    }

    /** A set in the enum's own order, so that it reads (and stores) the same whatever order it was picked in. */
    private static <E extends Enum<E>> Set<E> constants(Class<E> type, Object value) {
        List<E> items = new ArrayList<>();
        for (Object item : collection(value)) {
            items.add(constant(type, item));
        }
        items.sort(Comparator.naturalOrder());
        return Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }

    private static Boolean flag(Object value) {
        return switch (value) {
            case null -> Boolean.FALSE;
            case Boolean flag -> flag;
            case String text -> Boolean.parseBoolean(text.strip());
            default -> throw new IllegalArgumentException("flag expected, not " + value.getClass().getSimpleName());
        };
    }

    private static Integer emotion(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        throw new IllegalArgumentException("whole number expected, not " + value);
    }

    private static Collection<?> collection(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            return items;
        }
        throw new IllegalArgumentException("a collection expected, not " + value.getClass().getSimpleName());
    }

    private static <T> List<T> list(Object set, Class<T> type) {
        return collection(set).stream().map(type::cast).toList();
    }
}
