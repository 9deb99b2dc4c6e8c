package nl.wegwijs.shared.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a visitor reads the portal in: the {@code lang} URL parameter (set by the
 * language switch, and usable in shared links), else the remembered choice in a cookie, else Dutch.
 */
final class LanguagePreference {

    static final String PARAMETER = "lang";
    static final String COOKIE = "wegwijs-lang";

    private LanguagePreference() {
    }

    static Locale of(VaadinRequest request) {
        return fromParameter(request)
                .or(() -> fromCookie(request))
                .orElse(Translations.DUTCH);
    }

    /** Remembers a choice made with the URL parameter, so later visits keep the language. */
    static void remember(VaadinRequest request, VaadinResponse response) {
        fromParameter(request).ifPresent(locale -> {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
    }

    private static Optional<Locale> fromParameter(VaadinRequest request) {
        return parse(request.getParameter(PARAMETER));
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> parse(cookie.getValue()));
    }

    private static Optional<Locale> parse(String language) {
        if (language == null) {
            return Optional.empty();
        }
        return Translations.LOCALES.stream()
                .filter(locale -> locale.getLanguage().equalsIgnoreCase(language.strip()))
                .findFirst();
    }
}
