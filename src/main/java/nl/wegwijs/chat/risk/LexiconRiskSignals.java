package nl.wegwijs.chat.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.wegwijs.chat.RiskSignals;
import nl.wegwijs.shared.WegwijsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Finds risk terms from {@code content/chat/risk-lexicon.txt} in visitors' messages. Read once at
 * start-up; a missing or broken file stops the start, naming the file and line.
 */
@Component
class LexiconRiskSignals implements RiskSignals {

    static final String FILE = "chat/risk-lexicon.txt";

    private static final Logger log = LoggerFactory.getLogger(LexiconRiskSignals.class);

    private final RiskLexicon lexicon;

    @Autowired
    LexiconRiskSignals(ResourceLoader resources, WegwijsProperties properties) {
        String location = properties.contentLocation().endsWith("/")
                ? properties.contentLocation() : properties.contentLocation() + "/";
        this.lexicon = load(resources.getResource(location + FILE), location + FILE);
        log.info("Risk lexicon {}: {} terms", location + FILE, lexicon.size());
    }

    LexiconRiskSignals(RiskLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Called by the conversation engine for every visitor message, whoever is signed in. */
    @Override
    @PreAuthorize("permitAll()")
    public boolean isRisky(String text) {
        return text != null && lexicon.matches(text);
    }

    private static RiskLexicon load(Resource resource, String name) {
        if (!resource.exists()) {
            throw new IllegalStateException("Risk lexicon " + name + " not found. The chat needs it to "
                    + "recognise visitors in danger; put a risk-lexicon.txt in the content folder's chat/ folder.");
        }
        try (InputStream in = resource.getInputStream()) {
            return RiskLexicon.read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Risk lexicon " + name + " cannot be read", e);
        }
    }
}
