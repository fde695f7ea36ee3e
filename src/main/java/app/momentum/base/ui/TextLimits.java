package app.momentum.base.ui;

import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * The one way a text field gets its length limit, so no form cuts text silently.
 *
 * <p>The browser's own {@code maxlength} is deliberately not used: it drops whatever a paste brings beyond the limit
 * without a word (10,000 characters pasted, 2,000 kept). Instead the field keeps all the text, shows a counter
 * ("1,950 / 2,000") once the text comes near the limit, and is marked invalid with a message saying how much too
 * long it is; the service refuses the save with {@code validation.tooLong} as well, so nothing is stored cut.
 * Counting follows the services: the text without leading and trailing spaces.
 */
public final class TextLimits {

    /** The counter shows from this share of the limit on. */
    static final double COUNTER_FROM = 0.8;

    private TextLimits() {
    }

    /** Limits {@code field} to {@code maxLength} characters; the counter is shown after any helper text. */
    public static <F extends TextFieldBase<F, String>> F limit(F field, int maxLength) {
        new Limit(field, maxLength).attach();
        return field;
    }

    /** Whether {@code text} fits {@code maxLength} the way the services count it. */
    public static boolean fits(String text, int maxLength) {
        return length(text) <= maxLength;
    }

    static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private static final class Limit {

        private static final String SEPARATOR = " · ";
        private final TextFieldBase<?, String> field;
        private final int maxLength;
        /** The counter this limit last put in the helper text, so a helper text set before or after stays. */
        private String shownCounter;

        Limit(TextFieldBase<?, String> field, int maxLength) {
            this.field = field;
            this.maxLength = maxLength;
        }

        void attach() {
            field.getElement().setAttribute("data-max-length", String.valueOf(maxLength));
            // this check replaces the built-in one, which knows the limit only through the browser's maxlength
            field.setManualValidation(true);
            field.addValueChangeListener(e -> check(e.getValue()));
            field.addBlurListener(e -> check(field.getValue()));
            // the counter follows typing and pasting without syncing the value on every key
            field.getElement().addEventListener("input", e -> showCounter(e.getEventData()
                            .get("element.value.length").asInt()))
                    .addEventData("element.value.length").debounce(200);
            showCounter(length(field.getValue()));
        }

        private void check(String value) {
            int length = length(value);
            showCounter(length);
            if (length > maxLength) {
                field.setErrorMessage(field.getTranslation("field.tooLong", length, maxLength, length - maxLength));
                field.setInvalid(true);
            } else {
                field.setInvalid(field.isRequiredIndicatorVisible() && (value == null || value.isBlank()));
            }
        }

        private void showCounter(int length) {
            String helperText = ownHelperText();
            boolean near = length >= Math.ceil(maxLength * COUNTER_FROM);
            shownCounter = near ? field.getTranslation("field.counter", length, maxLength) : null;
            boolean hasHelper = helperText != null && !helperText.isBlank();
            field.setHelperText(shownCounter == null ? helperText
                    : hasHelper ? helperText + SEPARATOR + shownCounter : shownCounter);
        }

        /** The field's helper text without the counter. */
        private String ownHelperText() {
            String current = field.getHelperText();
            if (shownCounter == null || current == null) {
                return current;
            }
            if (current.equals(shownCounter)) {
                return null;
            }
            return current.endsWith(SEPARATOR + shownCounter)
                    ? current.substring(0, current.length() - SEPARATOR.length() - shownCounter.length()) : current;
        }
    }
}
