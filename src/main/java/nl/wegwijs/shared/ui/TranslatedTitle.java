package nl.wegwijs.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;

/** A view whose browser title comes from a translation key, followed by the portal's name. */
public interface TranslatedTitle extends HasDynamicTitle {

    /** Translation key of the page's title, such as {@code home.title}. */
    String titleKey();

    @Override
    default String getPageTitle() {
        return I18NProvider.translate(titleKey()) + " | " + I18NProvider.translate("app.name");
    }
}
