package nl.wegwijs.directory;

import java.util.List;
import nl.wegwijs.directory.hsds.Hsds;

/**
 * What Wegwijs reads from an HSDS service beyond its plain fields: the two facets and the access
 * type (taxonomy terms), whether it is free, and whether it is a national line. One place, so the
 * search index, the API and the pages say the same about a service.
 */
public final class ServiceFacts {

    /** "What do you need": the categories of the sociale kaart. */
    public static final String CATEGORY_TAXONOMY = "wegwijs-categorie";
    /** "For whom": the target groups. */
    public static final String GROUP_TAXONOMY = "wegwijs-doelgroep";
    /** How to get it: vrij, wmo-beschikking, verwijzing or landelijk. */
    public static final String ACCESS_TAXONOMY = "wegwijs-toegang";

    private ServiceFacts() {
    }

    /** Free when no cost option asks for money. */
    public static boolean isFree(Hsds.Service service) {
        return Hsds.orEmpty(service.costOptions()).stream().noneMatch(c -> c.amount() != null && c.amount() > 0);
    }

    /** Open to anyone without a referral or decision: a general provision or a national line. */
    public static boolean needsNoReferral(Hsds.Service service) {
        String access = accessCode(service);
        return "vrij".equals(access) || "landelijk".equals(access);
    }

    /** The access type's code, or null when the service has none. */
    public static String accessCode(Hsds.Service service) {
        return terms(service, ACCESS_TAXONOMY).stream().map(Hsds.TaxonomyTerm::code).findFirst().orElse(null);
    }

    public static boolean isNational(Hsds.Service service) {
        return Hsds.orEmpty(service.serviceAreas()).stream().anyMatch(a -> "Nederland".equalsIgnoreCase(a.name()));
    }

    /** The service's terms of one taxonomy, in the order of the data. */
    public static List<Hsds.TaxonomyTerm> terms(Hsds.Service service, String taxonomy) {
        return Hsds.orEmpty(service.attributes()).stream()
                .map(Hsds.Attribute::taxonomyTerm)
                .filter(term -> term != null && taxonomy.equals(term.taxonomy()))
                .toList();
    }
}
