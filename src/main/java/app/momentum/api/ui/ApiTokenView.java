package app.momentum.api.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.base.ui.EmptyState;
import app.momentum.api.internal.ApiToken;
import app.momentum.api.ApiTokenService;
import app.momentum.base.ui.Formats;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.UiActions;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

/**
 * Administration: the tenant's API tokens. Admins create a token (its text is shown once, in
 * {@link NewTokenDialog}'s follow-up), see when each was last used, and revoke those no longer needed.
 */
@Route("api-tokens")
@Menu(order = 95, icon = "vaadin:key", title = "nav.apiTokens")
@RolesAllowed(RoleNames.TENANT_ADMIN)
public class ApiTokenView extends VerticalLayout implements HasDynamicTitle {

    /** Where the API documentation is served (open without a token). */
    static final String DOCS_PATH = "/api/v1/docs";

    private final transient ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();

    public ApiTokenView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("api-tokens-view");
        setSizeFull();

        Button create = new Button(getTranslation("apiTokens.new"), VaadinIcon.PLUS.create(),
                e -> new NewTokenDialog(tokens, this::refresh).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("api-tokens-new");
        Paragraph intro = new Paragraph(getTranslation("apiTokens.intro", DOCS_PATH));
        intro.setId("api-tokens-intro");
        HorizontalLayout toolbar = new HorizontalLayout(intro, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.setJustifyContentMode(JustifyContentMode.BETWEEN);

        configureGrid();
        add(new H1(getTranslation("apiTokens.title")), toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.setId("api-tokens-grid");
        grid.addColumn(ApiToken::getName).setHeader(getTranslation("apiTokens.name")).setFlexGrow(2)
                .setSortable(true).setComparator(t -> t.getName().toLowerCase(Locale.ROOT));
        grid.addColumn(t -> t.getTokenPrefix() + "…").setHeader(getTranslation("apiTokens.prefix"));
        grid.addColumn(t -> getTranslation(t.getScope().labelKey())).setHeader(getTranslation("apiTokens.scope"));
        grid.addColumn(t -> Formats.date(t.getCreatedAt(), locale)).setHeader(getTranslation("apiTokens.created"))
                .setSortable(true).setComparator(ApiToken::getCreatedAt);
        grid.addColumn(t -> t.getLastUsedAt() == null ? getTranslation("apiTokens.never") : Formats.date(t.getLastUsedAt(), locale))
                .setHeader(getTranslation("apiTokens.lastUsed")).setSortable(true)
                .setComparator(Comparator.comparing(ApiToken::getLastUsedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
        grid.addComponentColumn(this::status).setHeader(getTranslation("apiTokens.status"));
        grid.addComponentColumn(this::revokeButton).setFlexGrow(0).setAutoWidth(true);
        Button createFirst = new Button(getTranslation("apiTokens.new"), VaadinIcon.PLUS.create(),
                e -> new NewTokenDialog(tokens, this::refresh).open());
        createFirst.setId("api-tokens-new-empty");
        EmptyState noTokens = new EmptyState(VaadinIcon.KEY, getTranslation("apiTokens.empty"), getTranslation("apiTokens.emptyPurpose"))
                .nextStep(getTranslation("apiTokens.emptyNext")).action(createFirst);
        noTokens.setId("api-tokens-empty");
        grid.setEmptyStateComponent(noTokens);
        grid.setSizeFull();
    }

    private Badge status(ApiToken token) {
        Badge badge = new Badge(getTranslation(token.isActive() ? "apiTokens.active" : "apiTokens.revoked"));
        badge.addThemeVariants(token.isActive() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        return badge;
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("apiTokens.revoke"), e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        revoke.setId("api-token-revoke-" + token.getId());
        revoke.setVisible(token.isActive());
        return revoke;
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("apiTokens.revokeTitle"),
                getTranslation("apiTokens.revokeText", token.getName()), getTranslation("apiTokens.revoke"),
                e -> {
                    if (UiActions.attempt(this, () -> tokens.revoke(token.getId()))) {
                        Notifications.success(getTranslation("apiTokens.revokedNotice", token.getName()));
                    }
                    refresh();
                });
        confirm.setId("api-token-revoke-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiTokens.title") + " · Momentum";
    }
}
