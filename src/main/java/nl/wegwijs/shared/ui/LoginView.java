package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in with user name and password; a wrong password gets a clear message, the name stays. */
@Route("login")
@AnonymousAllowed
public class LoginView extends Div implements TranslatedTitle, BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("page");
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translatedForm());
        add(new H1(getTranslation("login.heading")), new Paragraph(getTranslation("login.intro")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String titleKey() {
        return "login.title";
    }

    private LoginI18n translatedForm() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.username"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }
}
