package nl.wegwijs.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A partner's website (a GP practice) at another origin, 127.0.0.1 on its own port, that shows a
 * piece of the portal: the embeddable card in an iframe, or the chat component. A real server:
 * Chromium treats pages it cannot place on the network as public and then refuses frames from localhost.
 */
final class PartnerSite implements AutoCloseable {

    private final HttpServer server;

    private PartnerSite(String html) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    /** A page with the embeddable card of the sociale kaart in an iframe. */
    static PartnerSite showingCard(String cardUrl) {
        return new PartnerSite("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Huisartsenpraktijk</title>"
                + "</head><body><main><h1>Hulp in de buurt</h1><iframe title=\"Sociale kaart\" width=\"360\""
                + " height=\"600\" src=\"" + cardUrl + "\"></iframe></main></body></html>");
    }

    /** A page that embeds the chat component with one module script, as frontend/chat/embed-example.html shows. */
    static PartnerSite showingChat(int portalPort) {
        String portal = "http://localhost:" + portalPort;
        return new PartnerSite("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Huisartsenpraktijk De Linde</title>"
                + "<script type=\"module\" src=\"" + portal + "/chat/wegwijs-chat.js\"></script></head>"
                + "<body><main><h1>Even praten?</h1><p>Praat anoniem met iemand van de gemeente.</p>"
                + "<wegwijs-chat endpoint=\"" + portal + "/ws/chat\" exit-url=\"https://neutral.test/weerbericht\""
                + " texts='{\"start\": \"Begin het gesprek\"}'></wegwijs-chat></main></body></html>");
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
