package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Printen" and "Deel deze pagina". Both work in the browser alone: printing uses the print
 * style sheet, sharing copies the address and says so in a live region; where the browser does
 * not allow copying, the address is shown to copy by hand.
 */
class PageActions extends Div {

    PageActions() {
        addClassName("page-actions");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("service.actions.label"));

        NativeButton print = new NativeButton(getTranslation("service.actions.print"));
        print.addClassName("page-actions__button");
        print.getElement().executeJs("this.addEventListener('click', () => window.print())");

        NativeButton share = new NativeButton(getTranslation("service.actions.share"));
        share.addClassName("page-actions__button");

        // Present (and empty) from the start, so screen readers announce the text when it appears.
        Paragraph status = new Paragraph();
        status.addClassName("page-actions__status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        Input link = new Input();
        link.setId("page-actions-link");
        link.setReadOnly(true);
        link.addClassName("page-actions__link");
        NativeLabel label = new NativeLabel(getTranslation("service.actions.share-fallback"));
        label.setFor(link);
        Div fallback = new Div(label, link);
        fallback.addClassName("page-actions__fallback");
        fallback.getElement().setAttribute("hidden", true);

        share.getElement().executeJs("""
                const status = $0, fallback = $1, link = $2, copied = $3;
                const showLink = () => {
                  status.textContent = '';
                  link.value = location.href;
                  fallback.hidden = false;
                  link.focus();
                  link.select();
                };
                this.addEventListener('click', () => {
                  if (!navigator.clipboard) { showLink(); return; }
                  navigator.clipboard.writeText(location.href).then(() => {
                    fallback.hidden = true;
                    // Emptied first, so a second copy is announced again.
                    status.textContent = '';
                    setTimeout(() => { status.textContent = copied; }, 100);
                  }, showLink);
                });""", status.getElement(), fallback.getElement(), link.getElement(),
                getTranslation("service.actions.shared"));
        add(print, share, status, fallback);
    }
}
