package app.momentum.tenancy.ui;

import app.momentum.base.UserFacingException;
import app.momentum.base.ui.FieldErrors;
import app.momentum.base.ui.Notifications;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantSingleSignOn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;

/**
 * The tenant administrator's single sign-on settings, above the member list: whether members must sign in through
 * their organisation, and the role of members who arrive by it without a mapped Keycloak role. Which organisation
 * the tenant is connected to is the platform administrator's to set, so it is only shown here.
 */
class SingleSignOnPanel extends Details {

    private final transient TenantSingleSignOn singleSignOn;
    private final Paragraph connection = new Paragraph();
    private final Checkbox required = new Checkbox();
    private final Select<Role> newMemberRole = new Select<>();
    private TenantSingleSignOn.Settings settings;

    SingleSignOnPanel(TenantSingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
        setId("sso-settings");
        connection.setId("sso-connection");
        required.setLabel(getTranslation("tenant.sso.required"));
        required.setHelperText(getTranslation("tenant.sso.requiredHelp"));
        required.setId("sso-required");
        newMemberRole.setLabel(getTranslation("tenant.sso.newMemberRole"));
        newMemberRole.setHelperText(getTranslation("tenant.sso.newMemberRoleHelp"));
        newMemberRole.setItems(Role.values());
        newMemberRole.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        newMemberRole.setId("sso-new-member-role");
        newMemberRole.setWidth("22rem");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("sso-save");
        HorizontalLayout fields = new HorizontalLayout(newMemberRole, save);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout content = new VerticalLayout(connection, required, fields);
        content.setPadding(false);
        add(content);
        show(singleSignOn.settings());
    }

    private void show(TenantSingleSignOn.Settings current) {
        settings = current;
        setSummaryText(getTranslation("tenant.sso.title") + " · " + getTranslation(!current.bound()
                ? "tenant.sso.summary.notConnected" : current.required() ? "tenant.sso.summary.required"
                : "tenant.sso.summary.connected"));
        connection.setText(current.bound() ? getTranslation("tenant.sso.connectedTo", current.organizationId())
                : getTranslation("tenant.sso.notConnected"));
        required.setValue(current.required());
        required.setEnabled(current.bound());
        newMemberRole.setValue(current.newMemberRole());
    }

    private void save() {
        try {
            show(singleSignOn.save(settings.version(), required.getValue(), newMemberRole.getValue()));
            Notifications.success(getTranslation("tenant.sso.saved"));
        } catch (UserFacingException problem) {
            FieldErrors.show(this, problem, Map.of("tenant.sso.error.roleRequired", newMemberRole));
        }
    }
}
