package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The search box of the sociale kaart: what the visitor looks for (with completions as they
 * type, in a native datalist every browser and screen reader knows), their postcode, and a
 * search button. A real form with role "search": Enter searches, nothing reloads.
 */
@Tag("form")
class SearchForm extends Component implements HasComponents {

    private static final String TEXT_ID = "directory-q";
    private static final String POSTCODE_ID = "directory-postcode";
    private static final String POSTCODE_HINT_ID = "directory-postcode-hint";
    private static final String POSTCODE_ERROR_ID = "directory-postcode-error";

    private final Input text = new Input(ValueChangeMode.LAZY);
    private final Input postcode = new Input();
    private final Element suggestions = new Element("datalist");
    private final Paragraph postcodeError = new Paragraph();

    SearchForm(Function<String, List<String>> completions, BiConsumer<String, String> onSearch) {
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("directory.search.label"));
        getElement().setAttribute("novalidate", true);
        addClassName("directory-search-form");

        text.setId(TEXT_ID);
        text.setType("search");
        text.getElement().setAttribute("name", "q");
        text.getElement().setAttribute("autocomplete", "off");
        text.getElement().setAttribute("maxlength", String.valueOf(SearchState.MAX_TEXT));
        text.getElement().setAttribute("list", TEXT_ID + "-suggestions");
        suggestions.setAttribute("id", TEXT_ID + "-suggestions");
        text.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                showSuggestions(event.getValue().strip().length() < 2 ? List.of() : completions.apply(event.getValue()));
            }
        });

        postcode.setId(POSTCODE_ID);
        postcode.getElement().setAttribute("name", "postcode");
        postcode.getElement().setAttribute("autocomplete", "postal-code");
        postcode.getElement().setAttribute("maxlength", "7");
        postcode.getElement().setAttribute("aria-describedby", POSTCODE_HINT_ID);
        postcode.addClassName("directory-search-form__postcode");
        Paragraph postcodeHint = new Paragraph(getTranslation("directory.search.postcode-hint"));
        postcodeHint.setId(POSTCODE_HINT_ID);
        postcodeHint.addClassName("field-hint");
        postcodeError.setId(POSTCODE_ERROR_ID);
        postcodeError.addClassName("field-error");
        postcodeError.setVisible(false);

        NativeButton submit = new NativeButton(getTranslation("directory.search.submit"));
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("button-primary");

        Div what = field(new NativeLabel(getTranslation("directory.search.text")), text);
        what.getElement().appendChild(suggestions);
        Div where = field(new NativeLabel(getTranslation("directory.search.postcode")), postcode);
        where.add(postcodeHint, postcodeError);
        add(what, where, submit);

        // A real submit (Enter or the button) would load the page again: stay in the page and
        // send what is in the fields right now, whatever has been synchronised so far.
        getElement().executeJs("this.addEventListener('submit', e => e.preventDefault())");
        getElement().addEventListener("submit", event -> onSearch.accept(
                        event.getEventData().path("element.elements.q.value").asString(""),
                        event.getEventData().path("element.elements.postcode.value").asString("")))
                .addEventData("element.elements.q.value")
                .addEventData("element.elements.postcode.value");
    }

    private static Div field(NativeLabel label, Input input) {
        label.setFor(input.getId().orElseThrow());
        Div field = new Div(label, input);
        field.addClassName("form-field");
        return field;
    }

    void setText(String value) {
        text.setValue(value);
    }

    void setPostcode(String value) {
        postcode.setValue(value == null ? "" : value);
    }

    /** Shows the problem under the postcode field and links it to the field; null clears it. */
    void showPostcodeError(String message) {
        postcodeError.setText(message == null ? "" : message);
        postcodeError.setVisible(message != null);
        postcode.getElement().setAttribute("aria-invalid", message == null ? "false" : "true");
        postcode.getElement().setAttribute("aria-describedby",
                message == null ? POSTCODE_HINT_ID : POSTCODE_ERROR_ID + " " + POSTCODE_HINT_ID);
        if (message != null) {
            postcode.focus();
        }
    }

    private void showSuggestions(List<String> texts) {
        suggestions.removeAllChildren();
        for (String suggestion : texts) {
            suggestions.appendChild(new Element("option").setAttribute("value", suggestion));
        }
    }
}
