package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A notice a module wants at the top of every page while something holds for the signed-in
 * person, such as an open counter session. Modules provide beans; the layout shows what they
 * return between the header and the page, so the shell knows no features.
 */
public interface PageNotice {

    /** A fresh component for the page at {@code path} (without a leading slash), or empty for none. */
    Optional<Component> noticeFor(String path);
}
