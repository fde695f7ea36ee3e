package app.momentum.security.ui;

import app.momentum.security.sso.SsoSignIn.Refusal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a refused single sign-on lands (after its Keycloak session was ended): why Momentum did not let the person in,
 * and whom to ask. The reason comes from the address, so the page shows only fixed texts, never anything sent.
 */
@Route(value = "sso-refused", autoLayout = false)
@AnonymousAllowed
public class SsoRefusedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph why = new Paragraph();
    private final Paragraph ask = new Paragraph();

    public SsoRefusedView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        title.setId("sso-refused-title");
        why.setId("sso-refused-why");
        ask.setId("sso-refused-ask");
        Anchor back = new Anchor("login", getTranslation("sso.refused.back"));
        back.setRouterIgnore(true);
        back.setId("sso-refused-back");
        Div card = new Div(title, why, ask, back);
        card.addClassName("sso-refused");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("reason", List.of());
        Refusal refusal = given.isEmpty() ? null : refusal(given.getFirst());
        String key = "sso.refused." + (refusal == null ? "unknown" : refusal.name().toLowerCase(Locale.ROOT));
        title.setText(getTranslation(key + ".title"));
        why.setText(getTranslation(key + ".why"));
        ask.setText(getTranslation(key + ".ask"));
    }

    /** The refusal named in the address ({@code not-connected}), or null for anything else. */
    static Refusal refusal(String text) {
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(Refusal.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.refused.pageTitle") + " · Momentum";
    }
}
