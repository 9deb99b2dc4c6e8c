package nl.wegwijs.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactLinksTest {

    @Test
    void phoneLinksKeepOnlyDigitsAndALeadingPlus() {
        assertThat(ContactLinks.telephone("0522-013 517")).hasValue("tel:0522013517");
        assertThat(ContactLinks.telephone("+31 (0)522 013517")).hasValue("tel:+310522013517");
        assertThat(ContactLinks.telephone("bel ons")).isEmpty();
        assertThat(ContactLinks.telephone(null)).isEmpty();
    }

    @Test
    void onlyWebAddressesAndPlainEmailAddressesBecomeLinks() {
        assertThat(ContactLinks.website("https://www.example.nl/hulp")).hasValue("https://www.example.nl/hulp");
        assertThat(ContactLinks.website("javascript:alert(1)")).isEmpty();
        assertThat(ContactLinks.website("www.example.nl")).isEmpty();
        assertThat(ContactLinks.mailto("info@example.nl")).hasValue("mailto:info@example.nl");
        assertThat(ContactLinks.mailto("info@example.nl?bcc=x@y.nl")).isEmpty();
        assertThat(ContactLinks.mailto("geen adres")).isEmpty();
    }

    @Test
    void routeLinkHasTheAddressAsDestination() {
        var address = ServiceStructuredDataTest.service("x").serviceAtLocations().getFirst().location().addresses().getFirst();
        assertThat(ContactLinks.route(address))
                .isEqualTo("https://www.google.com/maps/dir/?api=1&destination=Lindenlaan+23%2C+7942GB+Meppel");
    }
}
