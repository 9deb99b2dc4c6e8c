package nl.wegwijs.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.wegwijs.directory.hsds.Hsds;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.index.IndexReader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of the directory in the data folder. Changes are visible to searches as soon
 * as {@link #save} or {@link #delete} return (near-real-time refresh). A rebuild writes a new
 * index next to the live one and switches over when it is complete, so searches never stop.
 */
public final class DirectoryIndex implements AutoCloseable {

    /** Bump when the documents or the index-time analysis change: the index is then rebuilt. */
    static final String SCHEMA = "7";

    private static final Logger log = LoggerFactory.getLogger(DirectoryIndex.class);
    private static final String POINTER = "current";

    /**
     * Searches run on this many cores at once, one slice of the index each (the calling thread
     * takes one slice itself); null on a one-core machine.
     */
    private final ExecutorService searchThreads;
    /**
     * Below this many documents a search stays on one core: handing work to another thread costs
     * more than it saves (measured with bench/probe.sh: equal or faster on one core at 1k and 10k
     * service-at-locations, slower at 100k).
     */
    static final int SPLIT_FROM = 20_000;
    private final int splitFrom;
    private final Path root;
    private final Analyzer analyzer;
    private final Analyzer text;
    private final String fingerprint;
    private volatile Generation live;

    /** One physical index: its folder, writer and searchers. */
    private record Generation(Path folder, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {

        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    DirectoryIndex(Path root, SearchVocabulary vocabulary) {
        this(root, vocabulary, SPLIT_FROM);
    }

    /** @param splitFrom the smallest index (in documents) that searches spread over the cores */
    DirectoryIndex(Path root, SearchVocabulary vocabulary, int splitFrom) {
        this.root = root;
        this.splitFrom = splitFrom;
        int cores = Runtime.getRuntime().availableProcessors();
        this.searchThreads = cores < 2 ? null : Executors.newFixedThreadPool(cores - 1,
                Thread.ofPlatform().name("directory-search-", 0).daemon().factory());
        this.text = DutchAnalysis.text(vocabulary);
        this.analyzer = new PerFieldAnalyzerWrapper(text, Map.of(
                IndexFields.NAME_EXACT, DutchAnalysis.exact(),
                IndexFields.PLAIN, DutchAnalysis.plain()));
        this.fingerprint = SCHEMA + "/" + Integer.toHexString(List.of(vocabulary.stopWords(), vocabulary.compoundParts(),
                vocabulary.compoundExceptions(), vocabulary.stemOverrides()).hashCode());
        try {
            Files.createDirectories(root);
            Path current = currentFolder();
            this.live = current == null ? null : open(current);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the directory index in " + root, e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /**
     * Whether the index on disk was built with the current schema and word lists, for a database
     * in the state {@code databaseState}; otherwise it must be rebuilt.
     */
    public boolean isCurrent(String databaseState) {
        Generation generation = live;
        if (generation == null) {
            return false;
        }
        Map<String, String> data = new HashMap<>();
        generation.writer().getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        return fingerprint.equals(data.get("fingerprint")) && databaseState.equals(data.get("database"));
    }

    /** Adds or replaces the services; searchable when this returns. */
    public synchronized void save(Collection<Hsds.Service> services, String databaseState) {
        Generation generation = require();
        try {
            for (Hsds.Service service : services) {
                generation.writer().updateDocuments(new Term(IndexFields.SERVICE_ID, service.id()),
                        ServiceDocuments.of(service, text));
            }
            commit(generation, databaseState);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the directory index", e);
        }
    }

    /** Removes the services; gone from searches when this returns. */
    public synchronized void delete(Collection<String> serviceIds, String databaseState) {
        Generation generation = require();
        try {
            for (String id : serviceIds) {
                generation.writer().deleteDocuments(new Term(IndexFields.SERVICE_ID, id));
            }
            commit(generation, databaseState);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the directory index", e);
        }
    }

    /**
     * Builds a complete new index from {@code source} (which feeds every service to the consumer)
     * and switches searches over to it; the old index keeps answering until then.
     */
    public synchronized void rebuild(Consumer<Consumer<Collection<Hsds.Service>>> source, String databaseState) {
        long started = System.nanoTime();
        Path folder = root.resolve("gen-" + System.currentTimeMillis());
        Generation fresh;
        try {
            fresh = open(folder);
            source.accept(batch -> {
                try {
                    for (Hsds.Service service : batch) {
                        fresh.writer().addDocuments(ServiceDocuments.of(service, text));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // One segment (split into a partition per core when searched): fewer term lookups and
            // per-segment set-up in every search than the segments the bulk load flushed.
            fresh.writer().forceMerge(1);
            commit(fresh, databaseState);
            Files.writeString(root.resolve(POINTER + ".tmp"), folder.getFileName().toString());
            Files.move(root.resolve(POINTER + ".tmp"), root.resolve(POINTER),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the directory index", e);
        }
        Generation old = live;
        live = fresh;
        if (old != null) {
            try {
                old.close();
                deleteFolder(old.folder());
            } catch (IOException e) {
                log.warn("Could not remove the previous directory index {}", old.folder(), e);
            }
        }
        log.info("Directory index rebuilt: {} documents in {} ms", fresh.writer().getDocStats().numDocs,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Runs a search on the latest state of the index. */
    <T> T withSearcher(SearchFunction<T> function) {
        SearcherManager searchers = require().searchers();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the directory index", e);
        }
    }

    /**
     * A search came before the index was first built (the seconds after start-up, before the
     * portal reports itself ready): the caller should ask again shortly.
     */
    public static final class NotReadyException extends IllegalStateException {

        public NotReadyException() {
            super("The directory index has not been built yet");
        }
    }

    /** A search against one consistent view of the index. */
    @FunctionalInterface
    interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public synchronized void close() throws IOException {
        if (live != null) {
            live.close();
        }
        if (searchThreads != null) {
            searchThreads.shutdownNow();
        }
    }

    private Generation require() {
        Generation generation = live;
        if (generation == null) {
            throw new NotReadyException();
        }
        return generation;
    }

    private void commit(Generation generation, String databaseState) throws IOException {
        generation.writer().setLiveCommitData(Map.of("fingerprint", fingerprint, "database", databaseState).entrySet());
        generation.writer().commit();
        generation.searchers().maybeRefreshBlocking();
    }

    private Generation open(Path folder) throws IOException {
        FSDirectory directory = FSDirectory.open(folder);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(ServiceDocuments.SIMILARITY)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        SearcherManager searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                // New segments get their in-memory columns now, not in the first search that meets them.
                reader.leaves().forEach(leaf -> SegmentColumns.of(leaf.reader()));
                SlicedSearcher searcher = new SlicedSearcher(reader, searchThreads, splitFrom);
                searcher.setSimilarity(ServiceDocuments.SIMILARITY);
                return searcher;
            }
        });
        return new Generation(folder, directory, writer, searchers);
    }

    private Path currentFolder() throws IOException {
        Path pointer = root.resolve(POINTER);
        if (!Files.exists(pointer)) {
            return null;
        }
        Path folder = root.resolve(Files.readString(pointer).strip());
        return Files.isDirectory(folder) && DirectoryReader.indexExists(FSDirectory.open(folder)) ? folder : null;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
