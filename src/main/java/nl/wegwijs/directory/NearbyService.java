package nl.wegwijs.directory;

/**
 * A service of the sociale kaart to suggest to a resident, with what they need to decide to go:
 * how far it is and whether it is open.
 *
 * @param distanceMeters from the resident's postcode to the nearest location; null when unknown or online
 */
public record NearbyService(String id, String name, String organization, Double distanceMeters,
        OpeningStatus opening, boolean free, boolean noReferral) {

    /** The path of the service's public page on the portal. */
    public String path() {
        return "/sociale-kaart/" + id;
    }
}
