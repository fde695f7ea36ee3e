package app.momentum.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The page a refused single sign-on lands on: the reason from the address, told in fixed texts only. */
@SpringBootTest
class SsoRefusedViewTest extends SpringBrowserlessTest {

    @Test
    void eachReasonSaysWhyAndWhomToAskInTheUsersLanguage() {
        assertThat(shown("not-connected")).contains("Your organisation does not use Momentum yet",
                "Momentum's platform administrator");
        assertThat(shown("deactivated")).contains("Your access was switched off", "reactivate");
        assertThat(shown("unidentified")).contains("Your organisation's login did not say who you are",
                "the email scope");
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        assertThat(shown("no-organisation")).contains("Uw account hoort bij geen organisatie");
    }

    @Test
    void anUnknownReasonShowsTheGeneralTextNeverTheAddressesText() {
        String text = shown("<b>pwned</b>");
        assertThat(text).contains("Signing in through your organisation did not succeed").doesNotContain("pwned");
        assertThat(SsoRefusedView.refusal("ACCOUNT-CONFLICT")).isNotNull();
        assertThat(SsoRefusedView.refusal("account_inactive")).isNotNull();
        assertThat(SsoRefusedView.refusal("")).isNull();
    }

    private String shown(String reason) {
        UI.getCurrent().navigate("sso-refused", QueryParameters.of("reason", reason));
        assertThat(getCurrentView()).isInstanceOf(SsoRefusedView.class);
        return $(H1.class).single().getText() + " " + String.join(" ",
                $(Paragraph.class).all().stream().map(Paragraph::getText).toList());
    }
}
