package nl.wegwijs.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.wegwijs.shared.WegwijsProperties;
import org.springframework.stereotype.Component;

/**
 * Prepares every page the portal serves: the visitor's language (on the UI and on the
 * {@code <html lang>} attribute, for screen readers) and the municipality's colour.
 */
@Component
class ShellInitializer implements VaadinServiceInitListener {

    private final WegwijsProperties properties;

    ShellInitializer(WegwijsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                init.getUI().setLocale(LanguagePreference.of(request));
            }
        });
        event.addIndexHtmlRequestListener(response -> {
            LanguagePreference.remember(response.getVaadinRequest(), response.getVaadinResponse());
            var document = response.getDocument();
            document.getElementsByTag("html").attr("lang", LanguagePreference.of(response.getVaadinRequest()).getLanguage());
            document.head().appendElement("style").text(
                    ":root{--wegwijs-brand:" + properties.municipality().brandColour() + ";}");
        });
    }
}
