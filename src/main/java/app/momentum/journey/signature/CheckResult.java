package app.momentum.journey.signature;

import java.util.List;

/**
 * The outcome of the signature check: one item per rule, in {@link CheckRule} order.
 *
 * @param items one item per rule, in rule order
 */
public record CheckResult(List<CheckItem> items) {

    public CheckResult {
        items = List.copyOf(items);
        CheckRule[] rules = CheckRule.values();
        if (items.size() != rules.length) {
            throw new IllegalArgumentException("expected one item per rule, got " + items.size());
        }
        for (int i = 0; i < rules.length; i++) {
            if (items.get(i).rule() != rules[i]) {
                throw new IllegalArgumentException("item " + i + " must be " + rules[i]);
            }
        }
    }

    /** The worst status of all items: FAIL, then WARNING, else PASS. */
    public CheckStatus overall() {
        return CheckStatus.worst(items.stream().map(CheckItem::status).toList());
    }

    /** The items to show: all but those of rules shown only when they apply ({@link CheckRule#shownOnlyWhenApplicable}). */
    public List<CheckItem> shownItems() {
        return items.stream().filter(item -> !(item.rule().shownOnlyWhenApplicable()
                && item.status() == CheckStatus.NOT_APPLICABLE)).toList();
    }

    /** The item of one rule. */
    public CheckItem item(CheckRule rule) {
        return items.get(rule.ordinal());
    }
}
