package app.momentum.base.ui;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * The dialog every page uses: on opening, the keyboard starts in its first field (not on the dialog itself),
 * so a user can type at once. A dialog without fields keeps Vaadin's own focus (the dialog, then its buttons).
 */
public class AppDialog extends Dialog {

    /** The fields a user types or chooses in; header and footer (title, buttons) are not searched. */
    private static final String FOCUS_FIRST_FIELD = """
            if (this.__momentumFocusFirstField) return;
            this.__momentumFocusFirstField = true;
            const fields = 'vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-password-field,'
                + ' vaadin-number-field, vaadin-integer-field, vaadin-big-decimal-field, vaadin-combo-box,'
                + ' vaadin-multi-select-combo-box, vaadin-select, vaadin-date-picker, vaadin-time-picker,'
                + ' vaadin-checkbox, vaadin-checkbox-group, vaadin-radio-group, vaadin-upload, input, textarea';
            const inContent = el => {
              let top = el;
              while (top.parentElement && top.parentElement !== this) top = top.parentElement;
              return top.parentElement === this && !top.hasAttribute('slot');
            };
            const focusFirst = () => {
              const field = [...this.querySelectorAll(fields)]
                  .find(f => inContent(f) && !f.disabled && f.offsetParent !== null);
              if (field) field.focus();
            };
            // the overlay traps the focus on itself when it has opened, then announces that inside the dialog
            const listen = () => this.shadowRoot.addEventListener('vaadin-overlay-open', focusFirst);
            if (this.shadowRoot) listen();
            else customElements.whenDefined(this.localName).then(() => requestAnimationFrame(listen));
            """;

    public AppDialog() {
        // on every attach: a re-attached dialog is a new element in the browser
        addAttachListener(e -> getElement().executeJs(FOCUS_FIRST_FIELD));
    }

    public AppDialog(String headerTitle) {
        this();
        setHeaderTitle(headerTitle);
    }
}
