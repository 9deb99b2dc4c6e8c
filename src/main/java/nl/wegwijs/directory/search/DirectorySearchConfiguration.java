package nl.wegwijs.directory.search;

import nl.wegwijs.shared.DataDirectory;
import nl.wegwijs.shared.WegwijsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The search engine's parts: word lists, the index in the data folder, the searcher, postcodes. */
@Configuration(proxyBeanMethods = false)
class DirectorySearchConfiguration {

    @Bean
    SearchVocabulary searchVocabulary(ResourceLoader resources, WegwijsProperties properties) {
        return SearchVocabulary.load(resources, properties.contentLocation());
    }

    @Bean(destroyMethod = "close")
    DirectoryIndex directoryIndex(DataDirectory dataDirectory, SearchVocabulary vocabulary) {
        return new DirectoryIndex(dataDirectory.root().resolve("index").resolve("directory"), vocabulary);
    }

    @Bean
    DirectorySearcher directorySearcher(DirectoryIndex index, SearchVocabulary vocabulary) {
        return new DirectorySearcher(index, vocabulary);
    }

    @Bean(destroyMethod = "close")
    Autocomplete autocomplete() {
        return new Autocomplete();
    }

    @Bean
    Postcodes postcodes(ResourceLoader resources, WegwijsProperties properties) {
        return Postcodes.load(resources.getResource(properties.directory().dataset() + "postcodes.tsv"));
    }
}
