package nl.wegwijs.e2e;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Test-only page that fails while it is built, to show what a visitor sees when something breaks. */
@Route("test/kapot")
@AnonymousAllowed
class FailingView extends Div {

    FailingView() {
        throw new IllegalStateException("Simulated failure with a secret detail: BSN 123456782");
    }
}
