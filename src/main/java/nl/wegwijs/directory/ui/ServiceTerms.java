package nl.wegwijs.directory.ui;

import java.util.List;
import java.util.Optional;
import nl.wegwijs.directory.hsds.Hsds;

/**
 * What a service's taxonomy attributes say: its categories, for whom it is, and how you get it
 * (the Wegwijs taxonomies of content/directory/FORMAT.md).
 */
record ServiceTerms(List<Hsds.TaxonomyTerm> categories, List<Hsds.TaxonomyTerm> groups, Optional<String> access) {

    static final String CATEGORY = "wegwijs-categorie";
    static final String GROUP = "wegwijs-doelgroep";
    static final String ACCESS = "wegwijs-toegang";

    static ServiceTerms of(Hsds.Service service) {
        List<Hsds.TaxonomyTerm> terms = Hsds.orEmpty(service.attributes()).stream()
                .map(Hsds.Attribute::taxonomyTerm).filter(term -> term != null && term.taxonomy() != null).toList();
        return new ServiceTerms(
                terms.stream().filter(term -> CATEGORY.equals(term.taxonomy())).toList(),
                terms.stream().filter(term -> GROUP.equals(term.taxonomy())).toList(),
                terms.stream().filter(term -> ACCESS.equals(term.taxonomy())).map(Hsds.TaxonomyTerm::code).findFirst());
    }

    /** Free when no cost option asks for money (the rule of the search index's "free" facet). */
    static boolean isFree(Hsds.Service service) {
        return Hsds.orEmpty(service.costOptions()).stream().noneMatch(c -> c.amount() != null && c.amount() > 0);
    }
}
