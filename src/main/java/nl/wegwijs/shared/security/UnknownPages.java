package nl.wegwijs.shared.security;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Page requests for addresses that are no page of the portal. They may pass without sign-in so
 * that a mistyped address shows the "page not found" page instead of asking to log in.
 */
final class UnknownPages implements RequestMatcher {

    private final ServletContext servletContext;

    UnknownPages(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        path = path.startsWith("/") ? path.substring(1) : path;
        if (path.startsWith("VAADIN/") || path.startsWith("actuator/")) {
            return false;
        }
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getNavigationTarget(path)
                .isEmpty();
    }
}
