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

    /** What a service costs, as far as its data says. */
    public enum Cost { FREE, COSTS, UNKNOWN }

    /**
     * Free only when the data says so: every cost option has the amount 0. An option without an
     * amount ("Eigen bijdrage Wmo", "depends on your income") is a cost; no options at all is unknown.
     */
    public static Cost cost(Hsds.Service service) {
        List<Hsds.CostOption> options = Hsds.orEmpty(service.costOptions());
        if (options.isEmpty()) {
            return Cost.UNKNOWN;
        }
        return options.stream().allMatch(c -> c.amount() != null && c.amount() == 0) ? Cost.FREE : Cost.COSTS;
    }

    /** Whether residents can count on it being free (the "gratis" filter and badge). */
    public static boolean isFree(Hsds.Service service) {
        return cost(service) == Cost.FREE;
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
