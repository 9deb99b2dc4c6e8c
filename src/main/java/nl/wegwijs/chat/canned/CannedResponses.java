package nl.wegwijs.chat.canned;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.wegwijs.shared.WegwijsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The canned responses of the console, from {@code content/chat/canned-responses.txt}. Read once at
 * start-up; a missing or broken file stops the start, naming the file and line.
 */
@Component
public class CannedResponses {

    static final String FILE = "chat/canned-responses.txt";

    private static final Logger log = LoggerFactory.getLogger(CannedResponses.class);

    private final List<CannedResponse> responses;

    CannedResponses(ResourceLoader resources, WegwijsProperties properties) {
        String location = properties.contentLocation().endsWith("/")
                ? properties.contentLocation() : properties.contentLocation() + "/";
        var resource = resources.getResource(location + FILE);
        if (!resource.exists()) {
            throw new IllegalStateException("Canned responses " + location + FILE + " not found. The responder "
                    + "console offers them; put a canned-responses.txt in the content folder's chat/ folder.");
        }
        try (InputStream in = resource.getInputStream()) {
            this.responses = CannedResponsesFile.read(in, location + FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Canned responses " + location + FILE + " cannot be read", e);
        }
        log.info("Canned responses {}: {}", location + FILE, responses.size());
    }

    public List<CannedResponse> all() {
        return responses;
    }
}
