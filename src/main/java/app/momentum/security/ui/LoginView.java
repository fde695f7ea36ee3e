package app.momentum.security.ui;

import app.momentum.base.ui.LanguageSelect;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import app.momentum.security.LoginThrottledException;
import app.momentum.security.sso.LazyClientRegistrations;
import app.momentum.security.sso.SsoProperties;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * The local login form, in the browser's language with a switch to the other one, and — when single sign-on is
 * configured — "Sign in with your organisation".
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph ssoProblem = new Paragraph();

    public LoginView(SsoProperties sso) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));

        Div brand = new Div(VaadinIcon.TRENDING_UP.create(), new Span("Momentum"));
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        add(brand, tagline, form);
        if (sso.enabled()) {
            add(singleSignOn());
        }
        add(languageSwitch());
    }

    /**
     * "Sign in with your organisation": Spring Security's start of the OIDC login (a plain link, outside Vaadin's
     * router), and the place where a failed attempt is explained.
     */
    private Div singleSignOn() {
        Span or = new Span(getTranslation("login.sso.or"));
        or.addClassName("login-sso-or");
        Anchor start = new Anchor("oauth2/authorization/" + LazyClientRegistrations.ID,
                getTranslation("login.sso.button"));
        start.setRouterIgnore(true);
        start.setId("login-sso");
        start.addClassName("login-sso-button");
        ssoProblem.setId("login-sso-problem");
        ssoProblem.addClassName("form-problem");
        ssoProblem.setVisible(false);
        Div box = new Div(or, start, ssoProblem);
        box.addClassName("login-sso");
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("sso-error")) {
            ssoProblem.setText(getTranslation("login.sso.failed"));
            ssoProblem.setVisible(true);
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailure()));
            form.setError(true);
        }
    }

    private LoginI18n i18n(AuthenticationException failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        // the button is hidden; without this its English default would still be sent to a Dutch browser
        texts.setForgotPassword(null);
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        // Only two answers, and neither depends on whether the account exists: a wrong e-mail address or
        // password, or too many failed attempts for that address or from this client (see LoginThrottle).
        if (failure instanceof LockedException) {
            // told only after the right password (see MomentumUserDetailsService)
            error.setTitle(getTranslation("login.ssoRequired.title"));
            error.setMessage(getTranslation("login.ssoRequired.message"));
        } else if (failure instanceof LoginThrottledException throttled) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.message", throttled.retryAfterMinutes()));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        error.setUsername(getTranslation("login.error.emailRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    /** Spring Security leaves the last login failure in the session; it tells a throttled attempt from a wrong password. */
    private static AuthenticationException lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof AuthenticationException exception ? exception : null;
    }

    private LanguageSelect languageSwitch() {
        LanguageSelect language = new LanguageSelect(null);
        language.setId("login-language");
        language.setAriaLabel(getTranslation("profile.language"));
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        language.addClassName("login-language");
        return language;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Momentum";
    }
}
