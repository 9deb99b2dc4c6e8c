package nl.wegwijs.directory;

/**
 * A service in a few plain words, to pass on to someone (in a chat, say): what it is called, who
 * offers it, a phone number if it has one, and the path of its public page.
 *
 * @param id the service id
 * @param name the service's name
 * @param organization the name of the organisation offering it, or {@code null}
 * @param phone the first phone number, or {@code null}
 */
public record ServiceCard(String id, String name, String organization, String phone) {

    /** The path of the service's public page on the portal, such as {@code /sociale-kaart/abc}. */
    public String path() {
        return "/sociale-kaart/" + id;
    }
}
