package app.momentum.api.ui;

import app.momentum.base.ui.AppDialog;
import app.momentum.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a new token's text, the only time it is ever available: Momentum keeps only its hash. Closing needs the
 * Done button, so the token is not lost by a stray click beside the dialog.
 */
class CreatedTokenDialog extends AppDialog {

    CreatedTokenDialog(String tokenName, String plaintext) {
        setHeaderTitle(getTranslation("apiTokens.createdTitle"));
        setId("api-token-created-dialog");
        Paragraph warning = new Paragraph(getTranslation("apiTokens.createdWarning", tokenName));
        warning.setId("api-token-created-warning");
        TextField token = new TextField(getTranslation("apiTokens.token"));
        token.setValue(plaintext);
        token.setReadOnly(true);
        token.setWidthFull();
        token.setId("api-token-plaintext");
        Button copy = new Button(getTranslation("apiTokens.copy"), VaadinIcon.COPY.create(), e -> {
            token.getElement().executeJs("return navigator.clipboard.writeText($0)", plaintext);
            Notifications.success(getTranslation("apiTokens.copied"));
        });
        copy.setId("api-token-copy");
        HorizontalLayout row = new HorizontalLayout(token, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(warning, row);
        Button done = new Button(getTranslation("action.done"), e -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        done.setId("api-token-created-close");
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("40rem");
    }
}
