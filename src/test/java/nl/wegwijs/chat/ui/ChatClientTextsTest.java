package nl.wegwijs.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The chat component's texts: the page passes exactly the keys the component knows, in both languages. */
class ChatClientTextsTest {

    private static final Path FALLBACKS = Path.of("frontend/chat/chat-texts.js");
    private static final Pattern ENTRY = Pattern.compile("^\\s*'([a-z0-9-]+)':\\s*'((?:[^'\\\\]|\\\\.)*)',?$",
            Pattern.MULTILINE);

    @Test
    void thePagePassesEveryKeyTheComponentHasAFallbackFor() throws IOException {
        assertThat(ChatClientTexts.KEYS).containsExactlyInAnyOrderElementsOf(fallbacks().keySet());
    }

    @Test
    void theDutchFallbacksAreTheDutchTextsOfThePortal() throws IOException {
        ResourceBundle dutch = bundle(Locale.of("nl"));
        fallbacks().forEach((key, text) ->
                assertThat(dutch.getString(ChatClientTexts.PREFIX + key)).as(key).isEqualTo(text));
    }

    @Test
    void everyKeyHasAnEnglishTextThatDiffersFromTheDutchWhereWordsDiffer() {
        ResourceBundle english = bundle(Locale.ENGLISH);
        ResourceBundle dutch = bundle(Locale.of("nl"));
        for (String key : ChatClientTexts.KEYS) {
            assertThat(english.getString(ChatClientTexts.PREFIX + key)).as(key).isNotBlank();
        }
        assertThat(english.getString("chat.client.exit")).isNotEqualTo(dutch.getString("chat.client.exit"));
    }

    @Test
    void placeholdersMatchBetweenTheLanguages() {
        Pattern placeholder = Pattern.compile("\\{\\d}");
        for (String key : ChatClientTexts.KEYS) {
            String dutch = bundle(Locale.of("nl")).getString(ChatClientTexts.PREFIX + key);
            String english = bundle(Locale.ENGLISH).getString(ChatClientTexts.PREFIX + key);
            assertThat(placeholder.matcher(english).results().map(m -> m.group()).sorted().toList()).as(key)
                    .isEqualTo(placeholder.matcher(dutch).results().map(m -> m.group()).sorted().toList());
        }
    }

    private static Map<String, String> fallbacks() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        ENTRY.matcher(Files.readString(FALLBACKS)).results().forEach(m -> texts.put(m.group(1), m.group(2)));
        assertThat(texts).as("fallback texts parsed from %s", FALLBACKS).hasSizeGreaterThan(20);
        return texts;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
