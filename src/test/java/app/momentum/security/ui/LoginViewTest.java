package app.momentum.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.security.LoginThrottledException;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** What the login page says after a failed attempt: never whether the account exists, is inactive or locked. */
@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void aWrongPasswordAndAnInactiveAccountReadTheSame() {
        String wrong = errorShownAfter(new BadCredentialsException("Bad credentials"));
        String inactive = errorShownAfter(new DisabledException("User is disabled"));
        assertThat(wrong).contains("Incorrect email or password").isEqualTo(inactive);
    }

    @Test
    void aThrottledAttemptSaysHowLongToWaitInTheUsersLanguage() {
        assertThat(errorShownAfter(throttled(Duration.ofSeconds(150))))
                .contains("Too many attempts", "try again in 3 minutes").doesNotContain("locked");
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        assertThat(errorShownAfter(throttled(Duration.ofSeconds(20))))
                .contains("Te veel pogingen", "over 1 minuut opnieuw");
    }

    @Test
    void aMemberWhoseTenantsRequireSingleSignOnIsToldToUseTheOrganisationButton() {
        assertThat(errorShownAfter(new org.springframework.security.authentication.LockedException("sso only")))
                .contains("Sign in with your organisation", "use \\\"Sign in with your organisation\\\" below");
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        assertThat(errorShownAfter(new org.springframework.security.authentication.LockedException("sso only")))
                .contains("Log in via uw organisatie");
    }

    @Test
    void withoutAnIssuerThereIsNoOrganisationButtonAndAFailedSignInIsExplained() {
        UI.getCurrent().navigate("login");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all())
                .noneMatch(a -> "login-sso".equals(a.getId().orElse(null)));

        LoginView withSso = new LoginView(new app.momentum.security.sso.SsoProperties("http://kc.example/realms/m",
                null, "secret", null, null));
        com.vaadin.flow.component.html.Anchor button = withSso.getChildren()
                .flatMap(c -> c.getChildren()).filter(c -> "login-sso".equals(c.getId().orElse(null)))
                .map(com.vaadin.flow.component.html.Anchor.class::cast).findFirst().orElseThrow();
        assertThat(button.getHref()).isEqualTo("oauth2/authorization/keycloak");
        assertThat(button.getText()).isEqualTo("Sign in with your organisation");
    }

    private String errorShownAfter(AuthenticationException failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static LoginThrottledException throttled(Duration wait) {
        return new LoginThrottledException(wait);
    }
}
