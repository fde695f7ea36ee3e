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

    /**
     * Limits {@code field} to {@code maxLength} characters. Call it after any helper text is set: the counter is
     * shown after that text.
     */
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

    private record Limit(TextFieldBase<?, String> field, int maxLength, String helperText) {

        Limit(TextFieldBase<?, String> field, int maxLength) {
            this(field, maxLength, field.getHelperText());
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
            boolean near = length >= Math.ceil(maxLength * COUNTER_FROM);
            String counter = near ? field.getTranslation("field.counter", length, maxLength) : null;
            boolean hasHelper = helperText != null && !helperText.isBlank();
            field.setHelperText(counter == null ? helperText : hasHelper ? helperText + " · " + counter : counter);
        }
    }
}
