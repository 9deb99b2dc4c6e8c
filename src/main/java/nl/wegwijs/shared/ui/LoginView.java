package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import nl.wegwijs.shared.security.SignInChoices;
import nl.wegwijs.shared.security.SignInFailure;
import nl.wegwijs.shared.security.SignInRefusal;

/**
 * Sign-in: with DigiD and the municipality's staff provider (OpenID Connect) when configured, and
 * with user name and password in a plain HTML form posted to Spring Security, so it works with
 * password managers. A failed attempt explains what to do and keeps the typed user name.
 */
@Route(LoginView.PATH)
@AnonymousAllowed
public class LoginView extends Div implements TranslatedTitle, BeforeEnterObserver {

    public static final String PATH = "login";

    /** Query parameter: signed out because the session ran out (SessionTimeoutWarning). */
    static final String SIGNED_OUT_INACTIVE = "inactief";

    private final TextField username = new TextField();
    private final Div error = new Div();
    private final Div notice = new Div();
    private final Div refusal = new Div();

    LoginView(SignInChoices choices) {
        addClassName("page");
        addClassName("login-page");

        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        notice.addClassName("form-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setText(getTranslation("login.signed-out-inactive"));
        notice.setVisible(false);

        username.setLabel(getTranslation("login.form.username"));
        username.getElement().setAttribute("name", "username");
        username.setAutocomplete(Autocomplete.USERNAME);
        username.setRequiredIndicatorVisible(true);
        username.setWidthFull();

        PasswordField password = new PasswordField(getTranslation("login.form.password"));
        password.getElement().setAttribute("name", "password");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();

        // Vaadin fills this from its CSRF cookie when the form is submitted.
        Input csrf = new Input();
        csrf.setType("hidden");
        csrf.getElement().setAttribute("name", "_csrf");

        NativeButton submit = new NativeButton(getTranslation("login.form.submit"));
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("button-primary");

        Form form = new Form();
        form.getElement().setAttribute("method", "post");
        form.getElement().setAttribute("action", PATH);
        form.add(notice, error, username, password, csrf, submit);

        boolean oidc = choices.residentLink().isPresent() || choices.staffLink().isPresent();
        add(new PageIntro("login.heading", oidc ? "login.intro.choices" : "login.intro"));
        if (oidc) {
            refusal.addClassName("form-error");
            refusal.getElement().setAttribute("role", "alert");
            refusal.setVisible(false);
            add(refusal, otherWays(choices), new H2(getTranslation("login.password.heading")));
        }
        add(form);
    }

    private Div otherWays(SignInChoices choices) {
        Div ways = new Div();
        ways.addClassName("sign-in-choices");
        choices.residentLink().ifPresent(link -> ways.add(choice(link, "login.digid", "button-primary", "sign-in-digid")));
        choices.staffLink().ifPresent(link -> ways.add(choice(link, "login.staff", "button-secondary", "sign-in-staff")));
        return ways;
    }

    private Anchor choice(String link, String textKey, String style, String name) {
        Anchor anchor = new Anchor(link, getTranslation(textKey));
        // The OpenID Connect flow is served by Spring Security, not by a view.
        anchor.setRouterIgnore(true);
        anchor.addClassNames(style, name);
        return anchor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        notice.setVisible(parameters.containsKey(SIGNED_OUT_INACTIVE));
        var errors = parameters.get("error");
        var refused = errors == null ? Optional.<SignInRefusal>empty()
                : errors.stream().map(SignInRefusal::of).flatMap(Optional::stream).findFirst();
        refused.ifPresent(reason -> refusal.setText(getTranslation("login.refused." + reason.code())));
        refusal.setVisible(refused.isPresent());
        boolean failed = errors != null && refused.isEmpty();
        error.setVisible(failed);
        if (failed) {
            error.setText(getTranslation("login.error.message"));
            var session = VaadinSession.getCurrent().getSession();
            if (session.getAttribute(SignInFailure.ATTEMPTED_USERNAME) instanceof String attempted) {
                username.setValue(attempted);
                session.removeAttribute(SignInFailure.ATTEMPTED_USERNAME);
            }
        }
    }

    @Override
    public String titleKey() {
        return "login.title";
    }

    @Tag("form")
    private static final class Form extends HtmlContainer {
    }
}
