package app.momentum.journey.ui;

import app.momentum.brand.BrandService.Named;
import app.momentum.brand.DeepDriver;
import app.momentum.journey.MomentField;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A moment field's value as a person reads it (for {@link MergeDialog}): ids by their names, enums and flags by
 * their translated names, empty as "(empty)". Plain text, never HTML.
 */
class MomentValueText implements BiFunction<MomentField, Object, String> {

    private final MapContext context;
    private final UnaryOperator<String> translate;

    /** @param translate a message key to the user's language (e.g. {@code component::getTranslation}) */
    MomentValueText(MapContext context, UnaryOperator<String> translate) {
        this.context = context;
        this.translate = translate;
    }

    @Override
    public String apply(MomentField field, Object value) {
        if (value == null || value instanceof Collection<?> items && items.isEmpty()) {
            return translate.apply("merge.empty");
        }
        String text = switch (field) {
            case CHANNEL -> context.channelName((UUID) value);
            case OWNER_DISCIPLINE -> context.disciplineName((UUID) value);
            case OWNER_USER -> context.memberName((UUID) value).orElse(null);
            case NATURE -> translate.apply("nature." + ((Enum<?>) value).name());
            case TARGET_LEVEL -> translate.apply("targetLevel." + ((Enum<?>) value).name());
            case MOMENT_OF_TRUTH, BRAND_MOMENT -> translate.apply(Boolean.TRUE.equals(value) ? "conflict.yes" : "conflict.no");
            case BRAND_VALUES -> ((Collection<?>) value).stream()
                    .map(id -> context.brandValues().stream().filter(v -> v.id().equals(id)).map(Named::name)
                            .findFirst().orElse(String.valueOf(id)))
                    .collect(Collectors.joining(", "));
            case DIMENSIONS -> names((Collection<?>) value, "dimension.");
            case PROVIDERS -> names((Collection<?>) value, "provider.");
            case DEEP_DRIVER -> DeepDriver.fromCode((String) value).map(d -> translate.apply(d.labelKey()))
                    .orElse((String) value);
            default -> String.valueOf(value);
        };
        // an id whose name is gone (a channel deleted meanwhile) still shows as something
        return Objects.requireNonNullElse(text, String.valueOf(value));
    }

    private String names(Collection<?> items, String keyPrefix) {
        return items.stream().map(item -> translate.apply(keyPrefix + ((Enum<?>) item).name()))
                .collect(Collectors.joining(", "));
    }
}
