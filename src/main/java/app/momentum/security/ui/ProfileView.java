package app.momentum.security.ui;

import app.momentum.base.UserFacingException;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.base.ui.LanguageSelect;
import app.momentum.base.ui.NoTenantNeeded;
import app.momentum.base.ui.FieldErrors;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.TextLimits;
import app.momentum.security.MemberSession;
import app.momentum.user.AppUser;
import app.momentum.user.PasswordPolicy;
import app.momentum.user.UserAccountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The user's own profile: name, language, password. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle, NoTenantNeeded {

    /** The "follow the browser" choice in the language select. */
    private static final Locale BROWSER = Locale.ROOT;

    private final transient UserAccountService accounts;
    private final transient MemberSession memberSession;
    private AppUser user;

    private final TextField displayName = new TextField();
    private final Select<Locale> language = new Select<>();
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    public ProfileView(UserAccountService accounts, MemberSession memberSession) {
        this.accounts = accounts;
        this.memberSession = memberSession;
        addClassName("profile-view");
        setMaxWidth("48rem");
        user = accounts.find(memberSession.require().user().id()).orElseThrow();

        add(new H1(getTranslation("profile.title")));
        if (user.isMustChangePassword()) {
            Paragraph notice = new Paragraph(getTranslation("profile.mustChangePassword"));
            notice.addClassName("notice");
            notice.setId("must-change-password");
            add(notice);
        }
        add(profileForm(), passwordForm());
    }

    private VerticalLayout profileForm() {
        EmailField email = new EmailField(getTranslation("profile.email"));
        email.setValue(user.getEmail());
        email.setReadOnly(true);
        displayName.setLabel(getTranslation("profile.displayName"));
        displayName.setValue(user.getDisplayName());
        displayName.setRequired(true);
        TextLimits.limit(displayName, 200);
        displayName.setId("profile-name");
        language.setLabel(getTranslation("profile.language"));
        language.setId("profile-language");
        List<Locale> choices = new ArrayList<>();
        choices.add(BROWSER);
        choices.addAll(MomentumI18NProvider.LANGUAGES);
        language.setItems(choices);
        language.setItemLabelGenerator(l -> l == BROWSER ? getTranslation("profile.language.browser") : LanguageSelect.nameOf(l));
        language.setValue(user.getPreferredLanguage().map(MomentumI18NProvider::supported).orElse(BROWSER));

        Button save = new Button(getTranslation("action.save"), e -> saveProfile());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("profile-save");
        FormLayout form = new FormLayout(email, displayName, language);
        return section(getTranslation("profile.details"), form, save);
    }

    private VerticalLayout passwordForm() {
        currentPassword.setLabel(getTranslation("password.current"));
        currentPassword.setId("password-current");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        newPassword.setId("password-new");
        confirmation.setLabel(getTranslation("password.confirm"));
        confirmation.setId("password-confirm");
        Button change = new Button(getTranslation("password.change"), e -> changePassword());
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.setId("password-save");
        return section(getTranslation("password.title"), new FormLayout(currentPassword, newPassword, confirmation), change);
    }

    private VerticalLayout section(String title, FormLayout form, Button action) {
        VerticalLayout section = new VerticalLayout(new H2(title), form, action);
        section.setPadding(false);
        section.addClassName("form-section");
        return section;
    }

    private void saveProfile() {
        Locale chosen = language.getValue() == BROWSER ? null : language.getValue();
        try {
            user = accounts.updateProfile(user.getId(), user.getVersion(), displayName.getValue(), chosen);
            memberSession.refreshPrincipal();
            Locale effective = Optional.ofNullable(chosen)
                    .orElseGet(() -> MomentumI18NProvider.supported(VaadinSession.getCurrent().getBrowser().getLocale()));
            VaadinSession.getCurrent().setLocale(effective);
            // Reload so the whole page, menu included, shows the new name and language.
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException problem) {
            FieldErrors.show(this, problem, Map.of("validation.nameRequired", displayName, "validation.tooLong", displayName));
        }
    }

    private void changePassword() {
        try {
            accounts.changePassword(user.getId(), currentPassword.getValue(), newPassword.getValue(), confirmation.getValue());
            boolean wasForced = user.isMustChangePassword();
            user = accounts.find(user.getId()).orElseThrow();
            currentPassword.clear();
            newPassword.clear();
            confirmation.clear();
            Notifications.success(getTranslation("password.changed"));
            if (wasForced) {
                UI.getCurrent().navigate("");
            }
        } catch (UserFacingException problem) {
            Notifications.error(this, problem);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · Momentum";
    }
}
