package nl.wegwijs.directory.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.wegwijs.bench.BenchQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** A search in the moments after start-up, before the index is first built. */
class IndexNotReadyTest {

    @Test
    void aSearchBeforeTheFirstBuildSaysTheIndexIsNotReady(@TempDir Path folder) throws Exception {
        SearchVocabulary vocabulary = SearchVocabulary.load(new DefaultResourceLoader(), "classpath:content/");
        try (DirectoryIndex index = new DirectoryIndex(folder, vocabulary)) {
            DirectorySearcher searcher = new DirectorySearcher(index, vocabulary);
            assertThatThrownBy(() -> searcher.search(SearchRequest.text("schulden"), BenchQueries.NOW))
                    .isInstanceOf(DirectoryIndex.NotReadyException.class);
        }
    }
}
