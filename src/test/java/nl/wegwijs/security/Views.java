package nl.wegwijs.security;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;

/** Which access annotations count as a decision on a view or method. */
final class Views {

    private Views() {
    }

    static boolean hasJsr250Decision(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** A view decides when it or a superclass carries one of Vaadin's access annotations. */
    static boolean hasDecision(Class<?> view) {
        for (Class<?> type = view; type != null && type != Object.class; type = type.getSuperclass()) {
            if (hasJsr250Decision(type) || type.isAnnotationPresent(AnonymousAllowed.class)) {
                return true;
            }
        }
        return false;
    }
}
