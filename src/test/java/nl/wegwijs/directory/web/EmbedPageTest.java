package nl.wegwijs.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import nl.wegwijs.shared.ui.Translations;
import org.junit.jupiter.api.Test;

class EmbedPageTest {

    private static final String ATTACK = "\"><script>alert('x')</script><img src=x onerror=alert(1)>&";
    private static final Translations TRANSLATIONS = new Translations();

    private final EmbedPage page = new EmbedPage("/portal", Translations.DUTCH,
            (key, parameters) -> TRANSLATIONS.getTranslation(key, Translations.DUTCH, parameters));

    @Test
    void escapesEveryTextFromTheDataInTextAndAttributes() {
        EmbedPage.Item item = new EmbedPage.Item("id\"onmouseover=\"x", "Naam " + ATTACK, "Org " + ATTACK,
                "Samenvatting " + ATTACK, "0522 " + ATTACK, "tel:0522", true);
        String html = page.list("Hulp bij: " + ATTACK, "Gemeente " + ATTACK, List.of(item), "/sociale-kaart?categorie=geld");

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=alert(1)>")
                .doesNotContain("\"onmouseover");
        assertThat(html).contains("Naam &quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;");
        assertThat(html).contains("href=\"/portal/sociale-kaart/id%22onmouseover%3D%22x\"");
        assertThat(html).contains("<title>Hulp bij: &quot;&gt;&lt;script&gt;");
        assertThat(html).contains("Bel 0522 &quot;&gt;&lt;script&gt;");
    }

    @Test
    void marksLanguageNewTabLinksPhoneAndFree() {
        String html = page.list("Hulp bij: Geld", "Gemeente Meppel", List.of(
                new EmbedPage.Item("a1", "Budgetcoach", "Humanitas", "Hulp bij uw geld.", "0522-013 517", "tel:0522013517",
                        true)), "/sociale-kaart?categorie=geld");

        assertThat(html).contains("href=\"/portal/sociale-kaart?categorie=geld\"");
        assertThat(html).startsWith("<!doctype html><html lang=\"nl\">");
        assertThat(html).contains("<a href=\"/portal/sociale-kaart/a1\" target=\"_blank\" rel=\"noopener\">Budgetcoach"
                + "<span class=\"visually-hidden\" lang=\"nl\"> (opent in een nieuw tabblad)</span></a>");
        assertThat(html).contains("<a href=\"tel:0522013517\" class=\"embed__phone\">Bel 0522-013 517</a>");
        assertThat(html).contains("<span class=\"embed__free\">Gratis</span>");
        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/portal/styles/embed.css\">");
    }

    @Test
    void saysKindlyWhenTheListIsEmpty() {
        EmbedPage english = new EmbedPage("", Locale.ENGLISH,
                (key, parameters) -> TRANSLATIONS.getTranslation(key, Locale.ENGLISH, parameters));
        String html = english.list("Help with: Geld", "Gemeente Meppel", List.of(), "/sociale-kaart?categorie=geld");
        assertThat(html).contains("<html lang=\"en\">").contains("There is no help in this list at the moment.")
                .doesNotContain("<ul");
    }

    @Test
    void writerRefusesMarkupInNamesAndOddAttributeLists() {
        assertThatThrownBy(() -> new HtmlWriter().open("a onclick=x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HtmlWriter().open("a", "href")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new HtmlWriter().open("a", "href", null, "class", "x").toString()).isEqualTo("<a class=\"x\">");
    }

    @Test
    void summaryIsTheFirstSentenceOrAShortenedText() {
        assertThat(EmbedCard.summary("Wij helpen u.  Bel ons gerust.")).isEqualTo("Wij helpen u.");
        String longText = "woord ".repeat(40);
        assertThat(EmbedCard.summary(longText)).endsWith("woord\u2026").hasSizeLessThanOrEqualTo(EmbedCard.SUMMARY_LENGTH + 1);
        assertThat(EmbedCard.summary(null)).isNull();
    }
}
