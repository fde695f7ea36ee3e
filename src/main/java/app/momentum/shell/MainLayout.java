package app.momentum.shell;

import app.momentum.base.ui.NoTenantNeeded;
import app.momentum.base.ui.MenuBadge;
import app.momentum.base.live.LiveEvents;
import app.momentum.notification.NotificationService;
import app.momentum.notification.NotificationBell;
import app.momentum.platform.PlatformNavigation;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import app.momentum.security.SecurityNavigation;
import app.momentum.tenancy.TenantMembershipView;
import app.momentum.user.AppUser;
import app.momentum.user.UserAccountService;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The app shell: a side navigation with the sections the user's role may open (only sections that exist),
 * the working tenant, and the user menu. Also the gate of every view inside it: a user with a one-time
 * password changes it first, and a user without a working tenant picks one.
 * It also loads the accessibility repair of Vaadin's tab bars (see the script), so every view's tabs get it.
 */
@PermitAll
@Layout
@JsModule("./components/momentum-tabs-a11y.js")
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    /** The element id of the page content, target of the skip link. */
    public static final String MAIN_CONTENT_ID = "main-content";

    private final transient MemberSession memberSession;
    private final transient UserAccountService accounts;
    private final transient AuthenticationContext authenticationContext;

    private final transient NotificationService notifications;
    private final transient LiveEvents events;
    private final transient List<MenuBadge> badges;
    private final Map<Class<?>, SideNavItem> itemsByView = new HashMap<>();
    private final SideNav navigation = new SideNav();
    /** The membership (tenant and role) the menu was built for: Vaadin keeps this layout across navigations. */
    private TenantMembershipView menuBuiltFor;

    public MainLayout(MemberSession memberSession, UserAccountService accounts, AuthenticationContext authenticationContext,
                      NotificationService notifications, LiveEvents events, ObjectProvider<MenuBadge> badges,
                      DrainNotice drainNotice) {
        this.memberSession = memberSession;
        // told when this node is about to stop, while the layout is attached
        addAttachListener(attached -> {
            Registration told = drainNotice.register(attached.getUI());
            addDetachListener(detached -> {
                told.remove();
                detached.unregisterListener();
            });
        });
        this.badges = badges.orderedStream().toList();
        this.notifications = notifications;
        this.events = events;
        this.accounts = accounts;
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        navigation.addClassName("main-nav");
        fillNavigation(memberSession.require());
        addToDrawer(brand(), navigation);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("menu.toggle"));
        addToNavbar(skipLink(), toggle, navbarContent());
    }

    /**
     * The first stop of the Tab key: jumps past the menu to the page's own content. Hidden until focused.
     * Handled in the browser (not by the router): focus moves to the content, the URL stays as it is.
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_CONTENT_ID, getTranslation("menu.skipToContent"));
        skip.setId("skip-to-content");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const main = document.getElementById($0);
                  if (main) { main.focus(); main.scrollIntoView({block: 'start'}); }
                });""", MAIN_CONTENT_ID);
        return skip;
    }

    /** Marks each page's root as the main landmark the skip link jumps to (focusable by script only). */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("id", MAIN_CONTENT_ID);
            content.getElement().setAttribute("tabindex", "-1");
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MomentumAuthentication authentication = memberSession.require();
        Class<?> target = event.getNavigationTarget();
        boolean mustChangePassword = accounts.find(authentication.user().id())
                .map(AppUser::isMustChangePassword).orElse(false);
        if (mustChangePassword && !SecurityNavigation.isProfile(target)) {
            SecurityNavigation.forwardToProfile(event);
        } else if (authentication.tenantId() == null && !NoTenantNeeded.class.isAssignableFrom(target)) {
            // a platform administrator who belongs to no organisation has only one place to work
            boolean platformOnly = authentication.user().platformAdmin() && memberSession.availableTenants().isEmpty();
            if (platformOnly) {
                PlatformNavigation.forwardToTenants(event);
            } else {
                event.forwardTo(SelectTenantView.class);
            }
        } else if (authentication.tenantId() != null) {
            if (!Objects.equals(authentication.membership(), menuBuiltFor)) {
                fillNavigation(authentication); // the member's role changed since the page was loaded
            }
            refreshBadges();
        }
    }

    /** Counts beside menu entries (e.g. follow-up items for me), fresh on every navigation. */
    private void refreshBadges() {
        for (MenuBadge badge : badges) {
            SideNavItem item = itemsByView.get(badge.view());
            if (item == null) {
                continue;
            }
            long count = badge.count();
            if (count <= 0) {
                item.setSuffixComponent(null);
                continue;
            }
            Badge shown = new Badge(String.valueOf(count));
            shown.addClassName("menu-count");
            String words = badge.describe(this, count);
            shown.getElement().setAttribute("aria-label", words);
            shown.getElement().setAttribute("title", words);
            item.setSuffixComponent(shown);
        }
    }

    private Div brand() {
        Icon logo = VaadinIcon.TRENDING_UP.create();
        logo.addClassName("brand-logo");
        Span name = new Span("Momentum");
        name.addClassName("brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    /** The sections the user may open, as menu entries (only sections whose view the role may open). */
    private void fillNavigation(MomentumAuthentication authentication) {
        navigation.removeAll();
        itemsByView.clear();
        boolean hasTenant = authentication.tenantId() != null;
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!hasTenant && !NoTenantNeeded.class.isAssignableFrom(entry.menuClass())) {
                continue; // it would only send the user to the tenant picker
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            itemsByView.put(entry.menuClass(), item);
            navigation.addItem(item);
        }
        menuBuiltFor = authentication.membership();
    }

    private HorizontalLayout navbarContent() {
        MomentumAuthentication authentication = memberSession.require();
        Span tenant = new Span(authentication.membership() != null ? authentication.membership().tenantName()
                : authentication.user().platformAdmin() ? getTranslation("selectTenant.platform") : "");
        tenant.addClassName("navbar-tenant");
        tenant.setId("current-tenant");

        HorizontalLayout right = new HorizontalLayout();
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        if (authentication.tenantId() != null) {
            right.add(new NotificationBell(notifications, events, authentication.tenantId(), authentication.user().id()));
        }
        right.add(userMenu(authentication));
        HorizontalLayout bar = new HorizontalLayout(tenant, right);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.addClassName("navbar-content");
        return bar;
    }

    private MenuBar userMenu(MomentumAuthentication authentication) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(authentication.user().displayName());
        avatar.addClassName("user-avatar");
        Span name = new Span(authentication.user().displayName());
        name.addClassName("user-name");
        HorizontalLayout trigger = new HorizontalLayout(avatar, name);
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(false);
        trigger.getStyle().set("gap", "var(--lumo-space-s)");
        SubMenu items = menu.addItem(trigger).getSubMenu();
        items.addItem(getTranslation("menu.profile"), e -> SecurityNavigation.toProfile())
                .setId("menu-profile");
        if (memberSession.availableTenants().size() > 1) {
            items.addItem(getTranslation("menu.switchTenant"), e -> UI.getCurrent().navigate(SelectTenantView.class))
                    .setId("menu-switch-tenant");
        }
        items.addItem(getTranslation("menu.logout"), e -> authenticationContext.logout()).setId("menu-logout");
        return menu;
    }
}
