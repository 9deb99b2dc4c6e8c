package nl.wegwijs.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The snippets' passage scorer picks the passage Lucene's would: the same score for any passage. */
class SnippetsTest {

    @Test
    void scoresEveryPassageAsLucenesScorerDoes() {
        Random random = new Random(2026_11_24);
        PassageScorer lucene = new PassageScorer();
        PassageScorer compact = new Snippets.CompactPassageScorer();
        String[] words = {"mantelzorg", "hulp", "ontmoeting", "maaltijd", "vervoer", "schulden"};
        for (int round = 0; round < 5_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(2_000);
            passage.setStartOffset(start);
            // Room for the matches first (a match must lie inside the passage), the real end after.
            passage.setEndOffset(start + 1_000);
            int offset = start;
            int matches = random.nextInt(12);
            for (int i = 0; i < matches; i++) {
                offset += 1 + random.nextInt(60);
                String word = words[random.nextInt(words.length)];
                // A term's frequency in the document is one number, whichever match carries it.
                int inDocument = 1 + Math.floorMod(word.hashCode(), 7);
                passage.addMatch(offset, offset + word.length(), new BytesRef(word), inDocument);
            }
            passage.setEndOffset(offset + 1 + random.nextInt(80));
            int contentLength = passage.getEndOffset() + random.nextInt(3_000);
            assertThat(compact.score(passage, contentLength)).isEqualTo(lucene.score(passage, contentLength));
        }
    }
}
