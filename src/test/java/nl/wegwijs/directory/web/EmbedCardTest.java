package nl.wegwijs.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wegwijs.support.Http;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The embeddable card over real HTTP on the sample sociale kaart: content, errors, and who may frame it. */
@PostgresTest
class EmbedCardTest {

    private static final Pattern ITEM = Pattern.compile("<li class=\"embed__item\"");

    @LocalServerPort
    int port;

    @Test
    void listsTheActiveServicesOfACategoryWithPhoneLinksAndFreeBadges() {
        HttpResponse<String> response = Http.get(port, "/sociale-kaart/embed?category=voedselbank");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        String html = response.body();
        assertThat(count(html)).isEqualTo(6);
        assertThat(html).contains("<html lang=\"nl\">").contains("<h1>Hulp bij: Voedselbank</h1>")
                .contains("Voedselpakket halen bij de voedselbank")
                .contains("href=\"/sociale-kaart/b3f5e1d3-840d-50cc-b189-e911eb937bf1\" target=\"_blank\"")
                .contains("<a href=\"tel:0522029101\" class=\"embed__phone\">Bel 0522-029 101</a>")
                .contains("<span class=\"embed__free\">Gratis</span>");
    }

    @Test
    void narrowsToAGroupAndALimitAndSpeaksEnglish() {
        assertThat(count(Http.get(port, "/sociale-kaart/embed?category=voedselbank&groep=ouders").body())).isEqualTo(3);
        assertThat(count(Http.get(port, "/sociale-kaart/embed?category=voedselbank&limit=2").body())).isEqualTo(2);
        String english = Http.get(port, "/sociale-kaart/embed?category=voedselbank&lang=en").body();
        assertThat(english).contains("<html lang=\"en\">").contains("(opens in a new tab)").contains("Call 0522-029 101");
    }

    @Test
    void aKnownCategoryWithoutServicesForTheGroupSaysSoKindly() {
        HttpResponse<String> response = Http.get(port, "/sociale-kaart/embed?category=voedselbank&groep=jongeren");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Er staat op dit moment geen hulp in deze lijst.");
        assertThat(count(response.body())).isZero();
    }

    @Test
    void anUnknownCategoryGets400WithTheReasonEscapedAndTheCategoriesToChooseFrom() {
        HttpResponse<String> response = Http.get(port,
                "/sociale-kaart/embed?category=%3Cscript%3Ealert(1)%3C%2Fscript%3E&groep=%22%3E%3Cb%3E");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<script").doesNotContain("<b>")
                .contains("De categorie ‘&lt;script&gt;alert(1)&lt;/script&gt;’ bestaat niet op de sociale kaart.")
                .contains("De groep ‘&quot;&gt;&lt;b&gt;’ bestaat niet op de sociale kaart.")
                .contains("<li><code>voedselbank</code></li>");
        assertThat(Http.get(port, "/sociale-kaart/embed").body()).contains("Er is geen categorie gekozen.");
        HttpResponse<String> badLimit = Http.get(port, "/sociale-kaart/embed?category=geld&limit=veel");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(badLimit.body()).contains("moet een getal van 1 tot en met 50 zijn");
        assertThat(Http.get(port, "/sociale-kaart/embed?category=geld&limit=51").statusCode()).isEqualTo(400);
    }

    @Test
    void anySiteMayFrameTheCardButNoOtherPageWithoutCookiesAndCachedForAFewMinutes() {
        HttpResponse<String> card = Http.get(port, "/sociale-kaart/embed?category=geld");
        assertThat(card.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(card.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("frame-ancestors *").contains("default-src 'none'"));
        assertThat(card.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(card.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");

        String service = "/sociale-kaart/b3f5e1d3-840d-50cc-b189-e911eb937bf1";
        for (String path : new String[] {"/hulp-zoeken", service, "/sociale-kaart/embedded"}) {
            assertThat(Http.get(port, path).headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    private static int count(String html) {
        Matcher matcher = ITEM.matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
