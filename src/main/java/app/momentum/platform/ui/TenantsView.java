package app.momentum.platform.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.base.ui.AppDialog;
import app.momentum.base.UserFacingException;
import app.momentum.base.Validation;
import app.momentum.base.ui.Formats;
import app.momentum.base.ui.NoTenantNeeded;
import app.momentum.base.ui.EmptyState;
import app.momentum.base.ui.FieldErrors;
import app.momentum.base.ui.LanguageSelect;
import app.momentum.base.ui.OneTimePasswordDialog;
import app.momentum.base.ui.TextLimits;
import app.momentum.platform.TenantProvisioning;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Span;
import app.momentum.base.ui.Notifications;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;

/** Platform administration: all tenants, and a new tenant with its first admin. */
@Route("platform/tenants")
@Menu(order = 100, icon = "vaadin:building", title = "nav.tenants")
@RolesAllowed(RoleNames.PLATFORM_ADMIN)
public class TenantsView extends VerticalLayout implements HasDynamicTitle, NoTenantNeeded {

    private final transient TenantProvisioning provisioning;
    private final Grid<TenantProvisioning.TenantSummary> grid = new Grid<>();

    public TenantsView(TenantProvisioning provisioning) {
        this.provisioning = provisioning;
        addClassName("tenants-view");
        setSizeFull();
        Button create = new Button(getTranslation("tenants.new"), VaadinIcon.PLUS.create(), e -> newTenantDialog().open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-tenant");

        Locale locale = getLocale();
        grid.setId("tenants-grid");
        grid.addColumn(TenantProvisioning.TenantSummary::name).setHeader(getTranslation("tenants.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(TenantProvisioning.TenantSummary::slug).setHeader(getTranslation("tenants.slug")).setSortable(true);
        grid.addColumn(t -> t.locale().getDisplayLanguage(locale)).setHeader(getTranslation("tenants.locale"));
        grid.addColumn(t -> Formats.number(t.members(), locale)).setHeader(getTranslation("tenants.members"));
        grid.addColumn(t -> Formats.date(t.createdAt(), locale)).setHeader(getTranslation("tenants.created"))
                .setSortable(true).setComparator(TenantProvisioning.TenantSummary::createdAt);
        grid.addComponentColumn(this::organisationCell).setHeader(getTranslation("tenants.sso.column")).setAutoWidth(true);
        Button createFirst = new Button(getTranslation("tenants.new"), VaadinIcon.PLUS.create(), e -> newTenantDialog().open());
        createFirst.setId("new-tenant-empty");
        EmptyState noTenants = new EmptyState(VaadinIcon.BUILDING, getTranslation("tenants.empty"),
                getTranslation("tenants.emptyPurpose")).action(createFirst);
        noTenants.setId("tenants-empty");
        grid.setEmptyStateComponent(noTenants);
        grid.setSizeFull();
        add(new H1(getTranslation("tenants.title")), create, grid);
        refresh();
    }

    /**
     * The button that connects the tenant, then whether it is connected: the id shortened (it is long and means
     * nothing to read), whole in the tooltip and in the dialog.
     */
    private com.vaadin.flow.component.Component organisationCell(TenantProvisioning.TenantSummary tenant) {
        String id = tenant.ssoOrganizationId();
        Span text = new Span(id == null ? getTranslation("tenants.sso.none")
                : getTranslation("tenants.sso.connectedShort", id.length() > 8 ? id.substring(0, 8) + "…" : id)
                        + (tenant.ssoRequired() ? " · " + getTranslation("tenants.sso.required") : ""));
        text.addClassName(id == null ? "muted" : "tenant-sso-id");
        if (id != null) {
            text.setTitle(id);
        }
        Button change = new Button(VaadinIcon.CONNECT.create(), e -> organisationDialog(tenant).open());
        change.addThemeVariants(ButtonVariant.TERTIARY);
        change.setAriaLabel(getTranslation("tenants.sso.connect", tenant.name()));
        change.setTooltipText(getTranslation("tenants.sso.connect", tenant.name()));
        change.setId("tenant-sso-" + tenant.slug());
        HorizontalLayout cell = new HorizontalLayout(change, text);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.setSpacing(false);
        return cell;
    }

    private Dialog organisationDialog(TenantProvisioning.TenantSummary tenant) {
        AppDialog dialog = new AppDialog(getTranslation("tenants.sso.connect", tenant.name()));
        dialog.setId("tenant-sso-dialog");
        TextField organisation = new TextField(getTranslation("tenants.sso.organisationId"));
        organisation.setId("tenant-sso-organisation");
        organisation.setValue(tenant.ssoOrganizationId() == null ? "" : tenant.ssoOrganizationId());
        organisation.setHelperText(getTranslation("tenants.sso.help"));
        organisation.setWidthFull();
        TextLimits.limit(organisation, 100);
        dialog.add(organisation);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                provisioning.connectOrganisation(tenant.id(), tenant.version(), organisation.getValue());
                dialog.close();
                refresh();
                Notifications.success(getTranslation(organisation.getValue().isBlank() ? "tenants.sso.disconnected"
                        : "tenants.sso.connected", tenant.name()));
            } catch (UserFacingException problem) {
                FieldErrors.show(this, problem, Map.of("tenants.sso.error.malformed", organisation,
                        "tenants.sso.error.taken", organisation));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("tenant-sso-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("36rem");
        return dialog;
    }

    private void refresh() {
        grid.setItems(provisioning.listTenants());
    }

    private Dialog newTenantDialog() {
        AppDialog dialog = new AppDialog(getTranslation("tenants.new"));
        dialog.setId("new-tenant-dialog");
        TextField name = new TextField(getTranslation("tenants.name"));
        name.setRequired(true);
        name.setId("tenant-name");
        TextLimits.limit(name, Validation.MAX_NAME_LENGTH);
        TextField slug = new TextField(getTranslation("tenants.slug"));
        slug.setRequired(true);
        slug.setHelperText(getTranslation("tenants.slugHelp"));
        slug.setPattern(TenantProvisioning.SLUG.pattern());
        slug.setErrorMessage(getTranslation("tenants.error.slugFormat"));
        slug.setId("tenant-slug");
        LanguageSelect language = new LanguageSelect(getTranslation("tenants.locale"));
        EmailField adminEmail = new EmailField(getTranslation("tenants.adminEmail"));
        adminEmail.setRequired(true);
        adminEmail.setId("tenant-admin-email");
        TextField adminName = new TextField(getTranslation("tenants.adminName"));
        adminName.setRequired(true);
        adminName.setId("tenant-admin-name");
        TextLimits.limit(adminName, Validation.MAX_NAME_LENGTH);
        dialog.add(new FormLayout(name, slug, language, adminEmail, adminName));
        Button save = new Button(getTranslation("tenants.create"), e -> {
            try {
                TenantProvisioning.ProvisionedTenant created = provisioning.createTenant(name.getValue(), slug.getValue(),
                        language.getValue(), adminEmail.getValue(), adminName.getValue());
                dialog.close();
                refresh();
                new OneTimePasswordDialog(getTranslation("tenants.createdTitle", created.tenant().getName()),
                        created.adminEmail(), created.initialPassword()).open();
            } catch (UserFacingException problem) {
                FieldErrors.show(this, problem, Map.of("name", name, "slug", slug, "tenants.error.slugTaken", slug,
                        "adminEmail", adminEmail, "adminName", adminName));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("tenant-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("40rem");
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title") + " · Momentum";
    }
}
