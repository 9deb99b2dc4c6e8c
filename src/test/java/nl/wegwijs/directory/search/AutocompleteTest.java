package nl.wegwijs.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AutocompleteTest {

    @Test
    void lookupsWhileTheCompletionsAreRebuiltNeverFail() throws Exception {
        Map<String, String> entries = Map.of("mantelzorg", "term", "maaltijden", "category",
                "Mantelzorgcafé Meppel", "service");
        try (Autocomplete autocomplete = new Autocomplete()) {
            autocomplete.rebuild(entries);
            AtomicBoolean rebuilding = new AtomicBoolean(true);
            ExecutorService lookups = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    done.add(lookups.submit(() -> {
                        int answered = 0;
                        while (rebuilding.get()) {
                            // Every lookup answers: an old or a new set of completions, never an error.
                            assertThat(autocomplete.suggest("mant", 5)).isNotEmpty();
                            answered++;
                        }
                        return answered;
                    }));
                }
                for (int i = 0; i < 200; i++) {
                    autocomplete.rebuild(entries);
                }
                rebuilding.set(false);
                for (Future<Integer> answered : done) {
                    assertThat(answered.get()).isPositive();
                }
            } finally {
                lookups.shutdownNow();
            }
        }
    }
}
