package nl.wegwijs.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Addresses the firewall refuses (encoded semicolons, "..", ...) get a 400 that says so: a problem
 * document for the API, a short page in Dutch and English for people.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                    + "\"detail\":\"The address contains characters that are not allowed (such as an encoded ';'"
                    + " or '..')\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Dit adres"
                    + " klopt niet</title></head><body><main><h1>Dit adres klopt niet</h1><p>Er staan tekens in het adres"
                    + " die niet mogen. <a href=\"/\">Ga naar de startpagina</a>.</p><p lang=\"en\">This address contains"
                    + " characters that are not allowed. <a href=\"/\">Go to the home page</a>.</p></main></body></html>");
        }
    }
}
