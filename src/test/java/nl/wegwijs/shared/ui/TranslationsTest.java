package nl.wegwijs.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text in every language, and no text outside the bundles. */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|translate)\\(\"([a-z0-9.-]+)\"[,)]|title = \"([a-z0-9.-]+)\"|super\\(pages, \"[a-z-]+\"\\)");
    private static final Pattern TITLE_KEY = Pattern.compile("String titleKey\\(\\) \\{\\s*return \"([a-z0-9.-]+)\";");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TEXT_COMPONENT = Pattern.compile(
            "new (?:(?:H[1-6]|Paragraph|Span|Button|ListItem|NativeLabel)\\(|Anchor\\([^,]+,\\s*)\"\\p{Lu}$");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}");
    /** Browser script passed to executeJs, not text for people. */
    private static final Pattern SCRIPT = Pattern.compile("=>|\\$\\d|\\w\\(\\)|;\\s*$|\\b(this|window)\\.\\w");

    @Test
    void everyKeyExistsInEveryLanguage() {
        Set<String> dutch = keys(Translations.DUTCH);
        assertThat(dutch).isNotEmpty();
        for (Locale locale : Translations.LOCALES) {
            assertThat(keys(locale)).as("keys in %s", locale).containsExactlyInAnyOrderElementsOf(dutch);
        }
    }

    @Test
    void everyTextIsFilledInAndItsPlaceholdersParse() {
        for (Locale locale : Translations.LOCALES) {
            ResourceBundle bundle = Translations.bundle(locale);
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                assertThat(text).as("%s in %s", key, locale).isNotBlank();
                if (text.contains("{0}")) {
                    assertThat(new MessageFormat(text, locale).format(new Object[] {"X"}))
                            .as("%s in %s keeps its apostrophes", key, locale)
                            .contains("X").doesNotContain("{0}");
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = keys(Translations.DUTCH);
        List<String> missing = new ArrayList<>();
        for (Path file : javaSources()) {
            String source = Files.readString(file);
            for (Pattern pattern : List.of(KEY_USE, TITLE_KEY)) {
                Matcher matcher = pattern.matcher(source);
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        String key = matcher.group(group);
                        if (key != null && !known.contains(key)) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void viewsContainNoLiteralUserFacingText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : javaSources()) {
            if (file.toString().contains("/ui/")) {
                literals.addAll(userFacingLiterals(file.getFileName().toString(), Files.readString(file)));
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void theLiteralTextCheckCatchesHardCodedText() {
        String view = """
                class SampleView extends Div {
                    SampleView() {
                        add(new H1("Welkom"), new Paragraph(getTranslation("home.intro")));
                        add(new Span("Zoek hulp bij u in de buurt"));
                        addClassName("entry-card");
                        log.info("Started the sample view");
                        getElement().executeJs("this.addEventListener('click', e => e.preventDefault())");
                    }
                }
                """;
        assertThat(userFacingLiterals("SampleView.java", view))
                .containsExactly("SampleView.java:3: Welkom", "SampleView.java:4: Zoek hulp bij u in de buurt");
    }

    static List<String> userFacingLiterals(String name, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("@") || line.startsWith("import ") || line.startsWith("*") || line.startsWith("/")
                    || line.contains("log.") || line.contains("Exception(")) {
                continue;
            }
            Matcher literal = STRING_LITERAL.matcher(line);
            while (literal.find()) {
                String text = literal.group(1);
                boolean sentence = WORDS.matcher(text).find() && !SCRIPT.matcher(text).find();
                boolean componentText = TEXT_COMPONENT.matcher(line.substring(0, literal.start() + 2)).find();
                if (sentence || componentText) {
                    found.add(name + ":" + (i + 1) + ": " + text);
                }
            }
        }
        return found;
    }

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Collections.list(Translations.bundle(locale).getKeys()));
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
