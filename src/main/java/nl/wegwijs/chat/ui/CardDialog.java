package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Predicate;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.ServiceCard;

/**
 * Searches the sociale kaart inside the console and sends one service into the chat as a short
 * plain-text card: name, organisation, phone and the link to its public page.
 */
class CardDialog extends Dialog {

    private static final int RESULTS = 8;

    private final Directory directory;
    private final String portal;
    private final Predicate<String> sender;
    private final TextField search = new TextField();
    private final Paragraph status = new Paragraph();
    private final UnorderedList results = new UnorderedList();

    /** {@code portal} is the portal's address (scheme, host, context path) for the link. */
    CardDialog(Directory directory, String portal, Predicate<String> sender) {
        this.directory = directory;
        this.portal = portal;
        this.sender = sender;
        setHeaderTitle(getTranslation("chat.console.card.title"));
        addClassName("console-card-dialog");
        search.setLabel(getTranslation("chat.console.card.search"));
        search.setHelperText(getTranslation("chat.console.card.search-help"));
        search.setWidthFull();
        search.addKeyDownListener(Key.ENTER, event -> find());
        Button find = new Button(getTranslation("chat.console.card.find"), event -> find());
        status.getElement().setAttribute("role", "status");
        status.addClassName("console-card-dialog__status");
        results.addClassName("console-card-dialog__results");
        Div form = new Div(search, find);
        form.addClassName("console-card-dialog__form");
        add(form, status, results);
        getFooter().add(new Button(getTranslation("chat.console.cancel"), event -> close()));
    }

    private void find() {
        results.removeAll();
        String text = search.getValue();
        if (text.isBlank()) {
            search.setInvalid(true);
            search.setErrorMessage(getTranslation("chat.console.card.empty"));
            status.setText("");
            return;
        }
        search.setInvalid(false);
        List<ServiceCard> cards = directory.cards(text, RESULTS);
        status.setText(cards.isEmpty() ? getTranslation("chat.console.card.none", text)
                : getTranslation("chat.console.card.found", cards.size()));
        cards.forEach(card -> results.add(item(card)));
    }

    private ListItem item(ServiceCard card) {
        Span name = new Span(card.name());
        name.addClassName("console-card__name");
        Span details = new Span(String.join(" · ", java.util.stream.Stream.of(card.organization(), card.phone())
                .filter(value -> value != null && !value.isBlank()).toList()));
        details.addClassName("console-card__details");
        Button send = new Button(getTranslation("chat.console.card.send"), event -> {
            if (sender.test(text(card))) {
                close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.getElement().setAttribute("aria-label", getTranslation("chat.console.card.send-label", card.name()));
        ListItem item = new ListItem(name, details, send);
        item.addClassName("console-card");
        return item;
    }

    /** The card as the visitor reads it: plain text, since the visitor's client shows text only. */
    String text(ServiceCard card) {
        StringBuilder text = new StringBuilder(card.name());
        if (card.organization() != null && !card.organization().isBlank() && !card.organization().equals(card.name())) {
            text.append(" (").append(card.organization()).append(')');
        }
        if (card.phone() != null) {
            text.append('\n').append(getTranslation("chat.console.card.phone", card.phone()));
        }
        text.append('\n').append(getTranslation("chat.console.card.link", portal + card.path()));
        return text.toString();
    }
}
