package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.wegwijs.shared.RedactedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 500: something went wrong on our side. The visitor gets a reference to quote when calling; the
 * log gets the same reference and the exception without its messages (they may hold personal
 * data). Never a stack trace on screen.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    InternalErrorView() {
        super("error.internal");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unhandled error while showing a page, reference {}", reference,
                RedactedException.of(parameter.getCaughtException()));
        show(new Paragraph(getTranslation("error.internal.reference", reference)));
        return status(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
}
