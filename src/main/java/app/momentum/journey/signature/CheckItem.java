package app.momentum.journey.signature;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The outcome of one rule.
 *
 * @param rule          the rule
 * @param status        its outcome
 * @param momentIds     the moments concerned, in journey order, without duplicates
 * @param brandValueIds for {@link CheckRule#BRAND_VALUES_EXPRESSED}: the brand values not expressed; else empty
 * @param messageKey    {@code check.<rule key>.<status in lower case>}, see {@link #messageKey(CheckRule, CheckStatus)}
 * @param arguments     the numbers the message pattern formats
 */
public record CheckItem(
        CheckRule rule,
        CheckStatus status,
        List<UUID> momentIds,
        List<UUID> brandValueIds,
        String messageKey,
        List<Object> arguments) {

    public CheckItem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        momentIds = momentIds == null ? List.of() : momentIds.stream().distinct().toList();
        brandValueIds = brandValueIds == null ? List.of() : List.copyOf(brandValueIds);
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        if (!messageKey(rule, status).equals(messageKey)) {
            throw new IllegalArgumentException(
                    "messageKey must be " + messageKey(rule, status) + ", was " + messageKey);
        }
    }

    /** An item whose message key follows from its rule and status. */
    public CheckItem(CheckRule rule, CheckStatus status, List<UUID> momentIds, List<UUID> brandValueIds,
            List<Object> arguments) {
        this(rule, status, momentIds, brandValueIds, messageKey(rule, status), arguments);
    }

    /** The message key for a rule's outcome, e.g. {@code check.dosing.fail}. */
    public static String messageKey(CheckRule rule, CheckStatus status) {
        return "check." + rule.key() + "." + status.name().toLowerCase(Locale.ROOT);
    }
}
