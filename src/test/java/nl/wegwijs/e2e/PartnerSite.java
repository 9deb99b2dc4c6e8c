package nl.wegwijs.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A partner's website (a GP practice) at another origin, 127.0.0.1 on its own port, that shows the
 * embeddable card in an iframe. A real server: Chromium treats pages it cannot place on the
 * network as public and then refuses frames from localhost.
 */
final class PartnerSite implements AutoCloseable {

    private final HttpServer server;

    PartnerSite(String cardUrl) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] page = ("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Huisartsenpraktijk</title>"
                + "</head><body><main><h1>Hulp in de buurt</h1><iframe title=\"Sociale kaart\" width=\"360\""
                + " height=\"600\" src=\"" + cardUrl + "\"></iframe></main></body></html>").getBytes(StandardCharsets.UTF_8);
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
