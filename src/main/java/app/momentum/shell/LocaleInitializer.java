package app.momentum.shell;

import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.security.MemberSession;
import app.momentum.user.AppUser;
import app.momentum.user.UserAccountService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language of a new page: the user's stored preference, or else the browser's (Vaadin matches the
 * browser's languages against the provided ones when the session starts). The page declares it too
 * ({@code <html lang>}, set after every navigation), so screen readers pronounce Dutch as Dutch (WCAG 3.1.1).
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final MemberSession memberSession;
    private final UserAccountService accounts;

    LocaleInitializer(MemberSession memberSession, UserAccountService accounts) {
        this.memberSession = memberSession;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addAfterNavigationListener(navigation ->
                declareLanguage(uiInit.getUI())));
        event.getSource().addUIInitListener(uiInit -> memberSession.current()
                .flatMap(auth -> accounts.find(auth.user().id()))
                .flatMap(AppUser::getPreferredLanguage)
                .ifPresent(language -> {
                    Locale locale = MomentumI18NProvider.supported(language);
                    VaadinSession.getCurrent().setLocale(locale);
                    uiInit.getUI().setLocale(locale);
                }));
    }

    private static void declareLanguage(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0",
                MomentumI18NProvider.supported(ui.getLocale()).getLanguage());
    }
}
