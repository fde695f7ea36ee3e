package app.momentum.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * Tells an administrator how the new person logs in: the one-time password (shown once, never stored in
 * plain text) or that their existing account was used.
 */
public class OneTimePasswordDialog extends AppDialog {

    public OneTimePasswordDialog(String title, String email, Optional<String> initialPassword) {
        setHeaderTitle(title);
        setId("one-time-password-dialog");
        if (initialPassword.isPresent()) {
            add(new Paragraph(getTranslation("oneTimePassword.text", email)));
            TextField password = new TextField(getTranslation("oneTimePassword.label"));
            password.setValue(initialPassword.get());
            password.setReadOnly(true);
            password.setWidthFull();
            password.setId("one-time-password");
            add(password);
        } else {
            add(new Paragraph(getTranslation("oneTimePassword.existing", email)));
        }
        Button close = new Button(getTranslation("action.done"), e -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        close.setId("one-time-password-close");
        getFooter().add(close);
        setCloseOnOutsideClick(false);
        setWidth("32rem");
    }
}
