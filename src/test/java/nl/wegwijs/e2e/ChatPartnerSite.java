package nl.wegwijs.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A partner's website at another origin (127.0.0.1 on its own port) that embeds the portal's chat
 * component with one module script, as frontend/chat/embed-example.html shows.
 */
final class ChatPartnerSite implements AutoCloseable {

    private final HttpServer server;

    ChatPartnerSite(int portalPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String portal = "http://localhost:" + portalPort;
        byte[] page = ("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Huisartsenpraktijk De Linde</title>"
                + "<script type=\"module\" src=\"" + portal + "/chat/wegwijs-chat.js\"></script></head>"
                + "<body><main><h1>Even praten?</h1><p>Praat anoniem met iemand van de gemeente.</p>"
                + "<wegwijs-chat endpoint=\"" + portal + "/ws/chat\" exit-url=\"https://neutral.test/weerbericht\""
                + " texts='{\"start\": \"Begin het gesprek\"}'></wegwijs-chat></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
