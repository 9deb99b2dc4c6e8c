package nl.wegwijs.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Completes what a visitor starts typing, matching the start of any word: service and
 * organisation names, categories and the lay terms of the synonym list. Kept in memory and
 * rebuilt when the directory changes.
 */
public final class Autocomplete implements AutoCloseable {

    /** A completion and what kind of thing it is (service, organization, category, term). */
    public record Suggestion(String text, String kind) {
    }

    private volatile AnalyzingInfixSuggester suggester;
    /**
     * Lookups hold the read lock, so a rebuild closes the previous suggester only when no lookup
     * is still using it (a closed suggester fails the lookup instead of answering).
     */
    private final java.util.concurrent.locks.ReadWriteLock inUse = new java.util.concurrent.locks.ReentrantReadWriteLock();

    /** Replaces all completions; {@code entries} maps text to its kind, weights come from the kind. */
    public synchronized void rebuild(Map<String, String> entries) {
        try {
            AnalyzingInfixSuggester fresh = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
                    DutchAnalysis.plain(), DutchAnalysis.plain(), 2, true);
            for (var entry : entries.entrySet()) {
                fresh.add(new BytesRef(entry.getKey()), null, weight(entry.getValue()), new BytesRef(entry.getValue()));
            }
            fresh.refresh();
            AnalyzingInfixSuggester old = suggester;
            inUse.writeLock().lock();
            try {
                suggester = fresh;
                if (old != null) {
                    old.close();
                }
            } finally {
                inUse.writeLock().unlock();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the autocomplete", e);
        }
    }

    public List<Suggestion> suggest(String prefix, int count) {
        if (prefix == null || prefix.strip().length() < 2) {
            return List.of();
        }
        inUse.readLock().lock();
        try {
            AnalyzingInfixSuggester current = suggester;
            if (current == null) {
                return List.of();
            }
            List<Lookup.LookupResult> results = current.lookup(prefix.strip(), count, true, false);
            return results.stream()
                    .map(result -> new Suggestion(result.key.toString(), result.payload.utf8ToString()))
                    .toList();
        } catch (IOException | IllegalStateException e) {
            return List.of();
        } finally {
            inUse.readLock().unlock();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        inUse.writeLock().lock();
        try {
            if (suggester != null) {
                suggester.close();
                suggester = null;
            }
        } finally {
            inUse.writeLock().unlock();
        }
    }

    private static long weight(String kind) {
        return switch (kind) {
            case "term" -> 4;
            case "category" -> 3;
            case "service" -> 2;
            default -> 1;
        };
    }
}
