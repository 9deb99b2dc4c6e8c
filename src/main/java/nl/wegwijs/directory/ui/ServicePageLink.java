package nl.wegwijs.directory.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address of a service's own page, for links from anywhere in the sociale kaart. */
final class ServicePageLink {

    private ServicePageLink() {
    }

    static String href(String serviceId) {
        return DirectorySearchView.ROUTE + "/" + URLEncoder.encode(serviceId, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
