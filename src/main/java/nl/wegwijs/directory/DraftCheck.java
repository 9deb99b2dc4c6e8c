package nl.wegwijs.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.Postcodes;

/** The draft rules plus what only the database knows: the chosen terms must exist in their taxonomy. */
final class DraftCheck {

    private final EditorQueries queries;
    private final Postcodes postcodes;

    DraftCheck(EditorQueries queries, Postcodes postcodes) {
        this.queries = queries;
        this.postcodes = postcodes;
    }

    List<FieldProblem> problems(ServiceDraft d) {
        List<FieldProblem> problems = new ArrayList<>(DraftValidation.problems(d));
        Map<String, Hsds.TaxonomyTerm> terms = queries.wegwijsTerms();
        if (d.accessTermId() != null && !in(terms, Set.of(d.accessTermId()), Taxonomy.ACCESS)) {
            problems.add(FieldProblem.of("access", "editor.error.access"));
        }
        if (!in(terms, d.categoryIds(), Taxonomy.CATEGORY)) {
            problems.add(FieldProblem.of("categories", "editor.error.categories"));
        }
        if (!in(terms, d.groupIds(), Taxonomy.TARGET_GROUP)) {
            problems.add(FieldProblem.of("groups", "editor.error.groups"));
        }
        return problems.stream().distinct().toList();
    }

    void require(ServiceDraft draft) {
        List<FieldProblem> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new InvalidServiceException(problems);
        }
    }

    ServiceAssembly assembly() {
        return new ServiceAssembly(postcodes, queries.wegwijsTerms());
    }

    private static boolean in(Map<String, Hsds.TaxonomyTerm> terms, Set<String> ids, Taxonomy taxonomy) {
        return ids.stream().allMatch(id -> terms.containsKey(id) && taxonomy.id().equals(terms.get(id).taxonomy()));
    }
}
