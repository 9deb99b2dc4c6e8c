package nl.wegwijs.chat.web;

import java.net.URI;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import nl.wegwijs.chat.Responder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * Names each connection: a staff account stays itself (HTTP Basic, or the portal's session cookie
 * from the portal's own origin); everyone else becomes a random, per-connection visitor. Nothing
 * from the request (address, user agent) is kept.
 */
class VisitorHandshake extends DefaultHandshakeHandler {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected Principal determineUser(ServerHttpRequest request, WebSocketHandler handler,
            Map<String, Object> attributes) {
        Principal user = request.getPrincipal();
        if (user != null && Responder.of(user).isPresent() && (basic(request) || sameOrigin(request))) {
            return user;
        }
        return new Visitor("v-" + random());
    }

    private static boolean basic(ServerHttpRequest request) {
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** A browser sends the session cookie from any site that opens the socket; only ours counts. */
    private static boolean sameOrigin(ServerHttpRequest request) {
        String origin = request.getHeaders().getOrigin();
        if (origin == null) {
            return true;
        }
        try {
            URI from = URI.create(origin);
            String host = request.getHeaders().getFirst(HttpHeaders.HOST);
            return host != null && host.equalsIgnoreCase(from.getHost() + (from.getPort() < 0 ? "" : ":" + from.getPort()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An anonymous visitor's connection: only a random name. */
    record Visitor(String getName) implements Principal {
    }
}
