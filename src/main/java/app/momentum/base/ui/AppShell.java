package app.momentum.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: the Lumo theme, our own styles, the page title, and server push for live
 * collaboration. WEBSOCKET_XHR: pushes arrive over a websocket, but the browser's own requests stay plain
 * HTTP, so Spring Security's filters (and the tenant in the authentication) apply to each of them.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Momentum");
        settings.addFavIcon("icon", "icons/momentum.svg", "any");
    }
}
