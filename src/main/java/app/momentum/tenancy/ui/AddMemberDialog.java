package app.momentum.tenancy.ui;

import app.momentum.base.ui.AppDialog;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.FieldErrors;
import app.momentum.base.ui.LanguageSelect;
import app.momentum.base.ui.OneTimePasswordDialog;
import app.momentum.base.ui.TextLimits;
import app.momentum.tenancy.MemberService;
import app.momentum.tenancy.Role;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Adds a person to the tenant; then shows how they log in. */
class AddMemberDialog extends AppDialog {

    AddMemberDialog(MemberService members, Runnable onAdded) {
        setHeaderTitle(getTranslation("members.add"));
        setId("add-member-dialog");
        EmailField email = new EmailField(getTranslation("members.email"));
        email.setRequired(true);
        email.setId("new-member-email");
        email.setErrorMessage(getTranslation("validation.email"));
        TextField name = new TextField(getTranslation("members.name"));
        name.setRequired(true);
        TextLimits.limit(name, 200);
        name.setId("new-member-name");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("members.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(Role.CONTRIBUTOR);
        role.setId("new-member-role");
        LanguageSelect language = new LanguageSelect(getTranslation("profile.language"));
        add(new FormLayout(email, name, role, language));

        Button save = new Button(getTranslation("members.add"), e -> {
            try {
                MemberService.AddedMember added = members.addMember(email.getValue(), name.getValue(),
                        role.getValue(), language.getValue());
                close();
                onAdded.run();
                new OneTimePasswordDialog(getTranslation("oneTimePassword.title"), added.membership().getUser().getEmail(),
                        added.initialPassword()).open();
            } catch (UserFacingException problem) {
                FieldErrors.show(this, problem, Map.of("email", email, "name", name, "role", role,
                        "members.error.alreadyMember", email, "members.error.alreadyMemberInactive", email));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("new-member-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("36rem");
    }
}
