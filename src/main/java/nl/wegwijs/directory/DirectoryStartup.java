package nl.wegwijs.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import nl.wegwijs.directory.store.DirectoryStore;
import nl.wegwijs.shared.WegwijsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * On start: rebuilds the search index when it is missing or behind the database, adds the
 * editors' synonyms and compounds to the search, loads the sample sociale kaart into an empty
 * directory, and runs a command-line import ({@code --import-directory=FILE
 * [--import-mode=replace]}), after which the portal stops.
 */
@Component
@Order(10)
class DirectoryStartup implements ApplicationRunner {

    static final String IMPORT_OPTION = "import-directory";
    static final String MODE_OPTION = "import-mode";

    private static final Logger log = LoggerFactory.getLogger(DirectoryStartup.class);

    private final DirectoryStore store;
    private final DirectoryImport importer;
    private final Directory directory;
    private final ResourcePatternResolver resources;
    private final WegwijsProperties.Directory settings;
    private final ConfigurableApplicationContext context;
    private final JsonMapper json;
    private final VocabularyEntries vocabulary;

    DirectoryStartup(DirectoryStore store, DirectoryImport importer, Directory directory,
            ResourcePatternResolver resources, WegwijsProperties properties, ConfigurableApplicationContext context,
            JsonMapper json, VocabularyEntries vocabulary) {
        this.store = store;
        this.importer = importer;
        this.directory = directory;
        this.resources = resources;
        this.settings = properties.directory();
        this.context = context;
        this.json = json;
        this.vocabulary = vocabulary;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        directory.rebuildIndexIfOutdated();
        vocabulary.applyToSearch();
        directory.autocompleteChanged();
        if (args.containsOption(IMPORT_OPTION)) {
            importFromCommandLine(args);
            return;
        }
        if (settings.loadSample() && store.isEmpty()) {
            if (settings.loadSampleInBackground()) {
                // The portal is usable meanwhile; the sample is searchable a few seconds later.
                Thread.ofVirtual().name("sample-sociale-kaart").start(this::loadSampleQuietly);
            } else {
                loadSample();
            }
        }
    }

    private void loadSampleQuietly() {
        try {
            loadSample();
        } catch (IOException | RuntimeException e) {
            if (context.isClosed() || !context.isActive()) {
                // Nothing was kept (one transaction), so the next start loads the sample again.
                log.info("Stopped loading the sample sociale kaart: the portal is shutting down");
            } else {
                log.error("Could not load the sample sociale kaart", nl.wegwijs.shared.RedactedException.of(e));
            }
        }
    }

    /** All sample files in one import: one transaction, so a sample is never left half loaded. */
    private void loadSample() throws IOException {
        Resource[] files = resources.getResources(settings.dataset() + "services*.json");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        ArrayNode services = json.createArrayNode();
        for (Resource file : files) {
            if (json.readTree(file.getContentAsByteArray()) instanceof ArrayNode array) {
                services.addAll(array);
            } else {
                throw new InvalidDatasetException(file.getFilename() + " does not hold a JSON array of services");
            }
        }
        ImportSummary summary = importer.run(json.writeValueAsBytes(services), ImportMode.MERGE);
        log.info("Sample sociale kaart (voorbeeldgegevens): {} services loaded from {} files, {} rejected",
                summary.created() + summary.updated(), files.length, summary.rejected().size());
        summary.rejected().forEach(r -> log.warn("Sample record {} rejected: {}", r.index(), r.reason()));
    }

    private void importFromCommandLine(ApplicationArguments args) throws IOException {
        Path file = Path.of(args.getOptionValues(IMPORT_OPTION).getFirst());
        ImportMode mode = args.containsOption(MODE_OPTION)
                && "replace".equalsIgnoreCase(args.getOptionValues(MODE_OPTION).getFirst())
                ? ImportMode.REPLACE : ImportMode.MERGE;
        int exitCode;
        try {
            ImportSummary summary = importer.run(Files.readAllBytes(file), mode);
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
            exitCode = summary.applied() && summary.rejected().isEmpty() ? 0 : 2;
        } catch (InvalidDatasetException | UncheckedIOException | IOException e) {
            System.err.println("Import failed: " + e.getMessage());
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
