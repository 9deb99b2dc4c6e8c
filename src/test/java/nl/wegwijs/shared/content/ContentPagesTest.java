package nl.wegwijs.shared.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.WegwijsProperties.Municipality;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class ContentPagesTest {

    @TempDir
    Path content;

    private ContentPages pages;

    @BeforeEach
    void writeContent() throws IOException {
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/about.nl.md"), "# Over {{municipality.name}}\n\nBel {{municipality.phone}}.");
        Files.writeString(content.resolve("pages/about.en.md"), "# About {{municipality.name}}");
        Files.writeString(content.resolve("pages/dutch-only.nl.md"), "Alleen Nederlands");
        Files.writeString(content.resolve("pages/markup.nl.md"), "Hallo <script>alert(1)</script>");
        var municipality = new Municipality("Gemeente Meppel", "/images/logo.svg", "#1d5c87",
                "14 0522", "info@meppel.example", "Markt 1", "Altijd");
        pages = new ContentPages(new DefaultResourceLoader(),
                new WegwijsProperties(Path.of("data"), false, content.toUri().toString(), municipality, List.of(), null));
    }

    @Test
    void rendersMarkdownWithTheMunicipalitysDetails() {
        assertThat(pages.html("about", Locale.of("nl"))).hasValueSatisfying(html -> assertThat(html)
                .contains("<h1>Over Gemeente Meppel</h1>")
                .contains("Bel 14 0522."));
    }

    @Test
    void showsThePageInTheVisitorsLanguage() {
        assertThat(pages.html("about", Locale.ENGLISH)).hasValueSatisfying(html ->
                assertThat(html).contains("<h1>About Gemeente Meppel</h1>"));
    }

    @Test
    void fallsBackToDutchWhenAPageHasNoTranslation() {
        assertThat(pages.html("dutch-only", Locale.ENGLISH)).hasValueSatisfying(html ->
                assertThat(html).contains("Alleen Nederlands"));
    }

    @Test
    void showsHtmlInContentAsTextNotAsMarkup() {
        assertThat(pages.html("markup", Locale.of("nl"))).hasValueSatisfying(html ->
                assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;"));
    }

    @Test
    void findsNothingForMissingPagesOrNamesThatLeaveTheFolder() {
        assertThat(pages.html("missing", Locale.of("nl"))).isEmpty();
        assertThat(pages.html("../secret", Locale.of("nl"))).isEmpty();
    }

    @Test
    void everyShippedPageExistsInDutchAndEnglish() {
        var shipped = new ContentPages(new DefaultResourceLoader(), new WegwijsProperties(Path.of("data"), false,
                "classpath:content/", municipalityForShippedPages(), List.of(), null));
        for (String page : List.of("privacy", "accessibility")) {
            assertThat(shipped.html(page, Locale.of("nl"))).as(page + " in Dutch").isPresent();
            assertThat(shipped.html(page, Locale.ENGLISH)).as(page + " in English").hasValueSatisfying(html ->
                    assertThat(html).doesNotContain("{{"));
        }
    }

    private static Municipality municipalityForShippedPages() {
        return new Municipality("Gemeente Wegwijs", "/images/logo.svg", "#1d5c87", "14 0000",
                "info@gemeente.example", "Stadhuisplein 1", "Altijd");
    }
}
