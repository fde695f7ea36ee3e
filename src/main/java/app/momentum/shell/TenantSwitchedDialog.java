package app.momentum.shell;

import app.momentum.tenancy.TenantMembershipView;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Tells a tab that the session now works in another tenant. Not modal, so the user can still select and copy
 * what they typed; every change they try is refused until they reload (see {@link TenantSwitchGuard}). The
 * reload runs in the browser, because the server no longer accepts this tab's events.
 */
final class TenantSwitchedDialog extends Dialog {

    private final Paragraph refused = new Paragraph();

    private TenantSwitchedDialog(UI ui, TenantMembershipView now, TenantMembershipView openedIn) {
        setId("tenant-switched-dialog");
        setHeaderTitle(ui.getTranslation("selectTenant.switched.title", now.tenantName()));
        add(new Paragraph(ui.getTranslation("selectTenant.switched.text", now.tenantName(), openedIn.tenantName())));
        refused.setId("tenant-switched-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        refused.setVisible(false);
        add(refused);
        Button reload = new Button(ui.getTranslation("selectTenant.switched.reload", now.tenantName()));
        reload.setId("tenant-switched-reload");
        reload.addThemeVariants(ButtonVariant.PRIMARY);
        reload.getElement().executeJs("this.addEventListener('click', () => window.location.assign(document.baseURI))");
        getFooter().add(reload);
        setModality(com.vaadin.flow.component.ModalityMode.MODELESS);
        setDraggable(true);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
    }

    /** Says in the open message that what the user just did was not saved. */
    static void refused(UI ui, TenantMembershipView now) {
        TenantSwitchedDialog dialog = ComponentUtil.getData(ui, TenantSwitchedDialog.class);
        if (dialog != null) {
            dialog.refused.setText(ui.getTranslation("selectTenant.switched.refused", now.tenantName()));
            dialog.refused.setVisible(true);
        }
    }

    /** Opens the message in {@code ui}, once. */
    static void showIn(UI ui, TenantMembershipView now, TenantMembershipView openedIn) {
        if (ComponentUtil.getData(ui, TenantSwitchedDialog.class) != null) {
            return;
        }
        TenantSwitchedDialog dialog = new TenantSwitchedDialog(ui, now, openedIn);
        ComponentUtil.setData(ui, TenantSwitchedDialog.class, dialog);
        ui.add(dialog);
        dialog.open();
    }
}
