package app.momentum.brand.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.brand.BrandPermissions;
import app.momentum.brand.BrandService;
import app.momentum.brand.internal.Channel;
import app.momentum.discipline.DisciplineService;
import app.momentum.discipline.DisciplineService.EditableDiscipline;
import java.util.List;
import java.util.UUID;
import app.momentum.security.MemberSession;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The brand foundation: values, promise and pay-off, guiding principles, channels, personas. */
@Route("brand")
@Menu(order = 10, icon = "vaadin:star", title = "nav.brand")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class BrandView extends VerticalLayout implements HasDynamicTitle {

    public BrandView(BrandService brand, DisciplineService disciplines, MemberSession memberSession) {
        addClassName("brand-view");
        setSizeFull();
        boolean editable = BrandPermissions.mayEdit(memberSession.require().role());
        add(new H1(getTranslation("brand.title")));
        if (!editable) {
            Paragraph readOnly = new Paragraph(getTranslation("brand.readOnly"));
            readOnly.addClassName("notice");
            add(readOnly);
        }
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("brand.values"), new BrandValuesTab(brand, editable));
        tabs.add(getTranslation("brand.promise"), new PromiseTab(brand, editable));
        tabs.add(getTranslation("brand.principles"), new PrinciplesTab(brand, editable));
        tabs.add(getTranslation("brand.channels"), new NamedListTab<>("brand.channels", editable,
                new NamedListTab.Operations<Channel>() {
                    public List<Channel> list() { return brand.channels(); }
                    public void save(UUID id, Long version, String name) { brand.saveChannel(id, version, name); }
                    public void delete(UUID id) { brand.deleteChannel(id); }
                    public void move(UUID id, int direction) { brand.moveChannel(id, direction); }
                }, Channel::getId, Channel::getVersion, Channel::getName));
        tabs.add(getTranslation("brand.personas"), new PersonasTab(brand, editable));
        tabs.add(getTranslation("discipline.title"), new NamedListTab<>("discipline", editable,
                new NamedListTab.Operations<EditableDiscipline>() {
                    public List<EditableDiscipline> list() { return disciplines.forEditing(); }
                    public void save(UUID id, Long version, String name) { disciplines.save(id, version, name); }
                    public void delete(UUID id) { disciplines.delete(id); }
                    public void move(UUID id, int direction) { disciplines.move(id, direction); }
                }, EditableDiscipline::id, EditableDiscipline::version, EditableDiscipline::name));
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("brand.title") + " · Momentum";
    }
}
