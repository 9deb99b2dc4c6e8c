package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: Lumo, then the Wegwijs theme from the frontend folder. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/wegwijs.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/logo.svg", "any");
    }
}
