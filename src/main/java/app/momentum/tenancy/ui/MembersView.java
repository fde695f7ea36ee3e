package app.momentum.tenancy.ui;

import app.momentum.tenancy.TenantSingleSignOn;
import app.momentum.tenancy.RoleNames;
import app.momentum.base.ui.ListGrids;
import app.momentum.base.ui.Formats;
import app.momentum.tenancy.MemberService;
import app.momentum.tenancy.internal.Membership;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** Administration: the members of the current tenant. */
@Route("administration/members")
@Menu(order = 90, icon = "vaadin:users", title = "nav.members")
@RolesAllowed(RoleNames.TENANT_ADMIN)
public class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final transient MemberService members;
    private final Grid<Membership> grid = new Grid<>();
    private final TextField search = new TextField();

    public MembersView(MemberService members, TenantSingleSignOn singleSignOn) {
        this.members = members;
        addClassName("members-view");
        setSizeFull();

        Button add = new Button(getTranslation("members.add"), VaadinIcon.PLUS.create(),
                e -> new AddMemberDialog(members, this::refresh).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-member");
        search.setPlaceholder(getTranslation("members.search"));
        search.setAriaLabel(getTranslation("members.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20rem");
        search.addValueChangeListener(e -> applyFilter());
        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(JustifyContentMode.BETWEEN);

        configureGrid();
        add(new H1(getTranslation("members.title")), new SingleSignOnPanel(singleSignOn), toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.setId("members-grid");
        grid.addColumn(m -> m.getUser().getDisplayName()).setHeader(getTranslation("members.name"))
                .setSortable(true).setComparator(m -> m.getUser().getDisplayName().toLowerCase(Locale.ROOT)).setFlexGrow(2);
        grid.addColumn(m -> m.getUser().getEmail()).setHeader(getTranslation("members.email"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(m -> getTranslation(m.getRole().labelKey())).setHeader(getTranslation("members.role"))
                .setSortable(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("members.status"));
        grid.addColumn(m -> Formats.date(m.getCreatedAt(), locale)).setHeader(getTranslation("members.since"))
                .setSortable(true).setComparator(Membership::getCreatedAt);
        grid.setEmptyStateText(getTranslation("members.empty"));
        ListGrids.openRowsWith(grid, member -> UI.getCurrent().navigate(MemberView.class, MemberView.parameters(member)));
        grid.setSizeFull();
    }

    private Badge statusBadge(Membership member) {
        Badge badge = new Badge(getTranslation(member.isActive() ? "members.active" : "members.inactive"));
        badge.addThemeVariants(member.isActive() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        return badge;
    }

    private void refresh() {
        grid.setItems(new ListDataProvider<>(members.listMembers()));
        applyFilter();
    }

    @SuppressWarnings("unchecked")
    private void applyFilter() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        ((ListDataProvider<Membership>) grid.getDataProvider()).setFilter(m -> text.isEmpty()
                || m.getUser().getDisplayName().toLowerCase(Locale.ROOT).contains(text)
                || m.getUser().getEmail().contains(text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title") + " · Momentum";
    }
}
