package app.momentum.api.ui;

import app.momentum.api.ApiTokenScope;
import app.momentum.api.ApiTokenService;
import app.momentum.api.ApiTokenService.CreatedToken;
import app.momentum.base.ui.EditorDialog;
import app.momentum.base.ui.TextLimits;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicReference;

/** Asks for a token's name and scope; once created, shows the token text once in {@link CreatedTokenDialog}. */
class NewTokenDialog extends EditorDialog {

    NewTokenDialog(ApiTokenService tokens, Runnable onCreated) {
        super("");
        setHeaderTitle(getTranslation("apiTokens.new"));
        setId("api-token-new-dialog");
        TextField name = new TextField(getTranslation("apiTokens.name"));
        name.setRequired(true);
        TextLimits.limit(name, ApiTokenService.MAX_NAME_LENGTH);
        name.setHelperText(getTranslation("apiTokens.nameHelp"));
        name.setId("api-token-name");
        Select<ApiTokenScope> scope = new Select<>();
        scope.setLabel(getTranslation("apiTokens.scope"));
        scope.setItems(ApiTokenScope.values());
        scope.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        scope.setValue(ApiTokenScope.READ);
        scope.setHelperText(getTranslation("apiTokens.scopeHelp"));
        scope.setId("api-token-scope");
        withFields(name, scope);
        errorsOn(name, "apiTokens.error.name", "validation.tooLong");
        errorsOn(scope, "apiTokens.error.scope");

        AtomicReference<CreatedToken> created = new AtomicReference<>();
        onSave(() -> created.set(tokens.create(name.getValue(), scope.getValue())), () -> {
            onCreated.run();
            new CreatedTokenDialog(created.get().token().getName(), created.get().plaintext()).open();
        });
    }
}
