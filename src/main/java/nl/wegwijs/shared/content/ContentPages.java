package nl.wegwijs.shared.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.wegwijs.shared.WegwijsProperties;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Page texts kept as Markdown in {@code content/pages/<name>.<language>.md}, with the
 * municipality's details filled in for {@code {{municipality.name}}} and the like. Raw HTML in
 * the Markdown is escaped: content editors write text, not markup.
 */
@Service
public class ContentPages {

    private static final Pattern PAGE_NAME = Pattern.compile("[a-z0-9-]+");

    private final ResourceLoader resources;
    private final String location;
    private final Map<String, String> placeholders;
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    ContentPages(ResourceLoader resources, WegwijsProperties properties) {
        this.resources = resources;
        this.location = properties.contentLocation().endsWith("/")
                ? properties.contentLocation() : properties.contentLocation() + "/";
        var municipality = properties.municipality();
        this.placeholders = Map.of(
                "{{municipality.name}}", municipality.name(),
                "{{municipality.phone}}", municipality.phone(),
                "{{municipality.email}}", municipality.email(),
                "{{municipality.address}}", municipality.address());
    }

    /** The page as HTML in the given language, or in Dutch if it has no translation. Public texts. */
    @PreAuthorize("permitAll()")
    public Optional<String> html(String name, Locale locale) {
        if (!PAGE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(name + "." + locale.getLanguage(), key -> load(name, locale.getLanguage()))
                .or(() -> cache.computeIfAbsent(name + ".nl", key -> load(name, "nl")));
    }

    private Optional<String> load(String name, String language) {
        Resource resource = resources.getResource(location + "pages/" + name + "." + language + ".md");
        if (!resource.exists()) {
            return Optional.empty();
        }
        try {
            String markdown = resource.getContentAsString(StandardCharsets.UTF_8);
            for (var placeholder : placeholders.entrySet()) {
                markdown = markdown.replace(placeholder.getKey(), placeholder.getValue());
            }
            return Optional.of(renderer.render(parser.parse(markdown)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content page " + resource, e);
        }
    }
}
