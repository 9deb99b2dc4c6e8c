package nl.wegwijs.directory.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.QueryVisitor;
import org.springframework.core.io.DefaultResourceLoader;

/** Prints the shape of the text query for each argument (debugging aid). */
public final class QueryShape {
    public static void main(String[] args) throws Exception {
        SearchVocabulary vocabulary = SearchVocabulary.load(new DefaultResourceLoader(), "classpath:content/");
        TextQueries queries = new TextQueries(vocabulary);
        try (MultiReader empty = new MultiReader()) {
            for (String text : args) {
                var query = queries.textQuery(text, false, empty).query();
                Set<Term> terms = new HashSet<>();
                int[] leaves = {0};
                query.visit(new QueryVisitor() {
                    @Override
                    public void consumeTerms(org.apache.lucene.search.Query q, Term... ts) {
                        leaves[0] += ts.length;
                        terms.addAll(java.util.List.of(ts));
                    }
                    @Override
                    public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
                            org.apache.lucene.search.Query parent) {
                        return this;
                    }
                });
                System.out.println(text + ": " + leaves[0] + " term leaves, " + terms.size() + " distinct terms");
                System.out.println("  " + query.toString().substring(0, Math.min(3000, query.toString().length())));
            }
        }
    }
}
