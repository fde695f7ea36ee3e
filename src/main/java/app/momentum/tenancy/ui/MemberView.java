package app.momentum.tenancy.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.Formats;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.RouteIds;
import java.util.Comparator;
import java.util.List;
import app.momentum.tenancy.CurrentMember;
import app.momentum.tenancy.MemberDetailSection;
import app.momentum.tenancy.MemberService;
import app.momentum.tenancy.internal.Membership;
import app.momentum.tenancy.Role;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.UUID;

/**
 * One member of the current tenant, by opaque id. An id of another tenant's member is not found, exactly
 * like an id that does not exist.
 */
@Route("administration/members/:memberId")
@RolesAllowed(RoleNames.TENANT_ADMIN)
public class MemberView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String MEMBER_ID = "memberId";

    private final transient MemberService members;
    private final transient CurrentMember currentMember;
    /** What other modules show about a member (e.g. ownership: the member's disciplines). */
    private final transient List<MemberDetailSection> sections;
    private Membership member;

    public MemberView(MemberService members, CurrentMember currentMember, List<MemberDetailSection> sections) {
        this.members = members;
        this.currentMember = currentMember;
        this.sections = sections.stream().sorted(Comparator.comparingInt(MemberDetailSection::order)).toList();
        addClassName("member-view");
        setMaxWidth("48rem");
    }

    public static RouteParameters parameters(Membership member) {
        return new RouteParameters(MEMBER_ID, member.getId().toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Membership> found = RouteIds.parse(event, MEMBER_ID).flatMap(members::findMember);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        show(found.get());
    }

    private void show(Membership shown) {
        this.member = shown;
        removeAll();
        RouterLink back = new RouterLink(getTranslation("members.back"), MembersView.class);
        H1 name = new H1(member.getUser().getDisplayName());
        name.setId("member-name");
        Badge status = new Badge(getTranslation(member.isActive() ? "members.active" : "members.inactive"));
        status.addThemeVariants(member.isActive() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        status.setId("member-status");
        Paragraph details = new Paragraph(getTranslation("members.details", member.getUser().getEmail(),
                Formats.date(member.getCreatedAt(), getLocale())));

        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("members.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(member.getRole());
        role.setId("member-role");
        Button saveRole = new Button(getTranslation("members.saveRole"),
                e -> apply(() -> members.changeRole(member.getId(), member.getVersion(), role.getValue(), actingUser()),
                        "members.roleChanged"));
        saveRole.addThemeVariants(ButtonVariant.PRIMARY);
        saveRole.setId("member-save-role");
        HorizontalLayout roleRow = new HorizontalLayout(role, saveRole);
        roleRow.setAlignItems(Alignment.BASELINE);

        Button toggle = member.isActive()
                ? new Button(getTranslation("members.deactivate"), VaadinIcon.BAN.create(), e -> confirmDeactivate())
                : new Button(getTranslation("members.reactivate"), VaadinIcon.CHECK.create(),
                        e -> apply(() -> members.reactivate(member.getId(), member.getVersion()), "members.reactivated"));
        toggle.setId(member.isActive() ? "member-deactivate" : "member-reactivate");
        if (member.isActive()) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        add(back, name, status, details, roleRow);
        sections.forEach(section -> add(section.create(member.getUser().getId())));
        add(toggle);
    }

    private void confirmDeactivate() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("members.deactivate.title"),
                getTranslation("members.deactivate.text", member.getUser().getDisplayName()),
                getTranslation("members.deactivate"),
                e -> apply(() -> members.deactivate(member.getId(), member.getVersion(), actingUser()), "members.deactivated"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void apply(java.util.function.Supplier<Membership> change, String successKey) {
        try {
            Membership changed = change.get();
            show(members.findMember(changed.getId()).orElseThrow());
            Notifications.success(getTranslation(successKey));
        } catch (UserFacingException problem) {
            Notifications.error(this, problem);
        }
    }

    private UUID actingUser() {
        return currentMember.userId();
    }

    @Override
    public String getPageTitle() {
        return (member == null ? getTranslation("members.title") : member.getUser().getDisplayName()) + " · Momentum";
    }
}
