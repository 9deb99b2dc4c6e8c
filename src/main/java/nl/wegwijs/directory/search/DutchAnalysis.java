package nl.wegwijs.directory.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch analysis chain, built explicitly so no library default can silently change it:
 * standard tokenizer → lower case → accent folding that keeps the original (cliënt and client)
 * → Dutch stop words → decompounding against the social-domain word list → stemmer overrides →
 * Snowball Dutch stemmer.
 */
final class DutchAnalysis {

    private DutchAnalysis() {
    }

    /** Full analysis for descriptive text (names, descriptions, categories). */
    static Analyzer text(SearchVocabulary vocabulary) {
        CharArraySet stopWords = new CharArraySet(vocabulary.stopWords(), false);
        StemmerOverrideFilter.StemmerOverrideMap overrides = overrides(vocabulary);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new ASCIIFoldingFilter(stream, true);
                stream = new StopFilter(stream, stopWords);
                stream = new DecompoundFilter(stream, vocabulary.compoundParts(), vocabulary.compoundExceptions());
                if (overrides != null) {
                    stream = new StemmerOverrideFilter(stream, overrides);
                }
                stream = new SnowballFilter(stream, new DutchStemmer());
                stream = new RemoveDuplicatesTokenFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** Words as typed, lower case and without accents: for typo tolerance, suggestions and autocomplete. */
    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    /** A whole name as one token, lower case and without accents: for exact name matches. */
    static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                KeywordTokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }
        };
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides(SearchVocabulary vocabulary) {
        if (vocabulary.stemOverrides().isEmpty()) {
            return null;
        }
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        vocabulary.stemOverrides().forEach(builder::add);
        try {
            return builder.build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
