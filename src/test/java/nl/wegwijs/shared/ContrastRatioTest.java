package nl.wegwijs.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ContrastRatioTest {

    @Test
    void blackOnWhiteIsTwentyOneToOne() {
        assertThat(ContrastRatio.between("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
    }

    @Test
    void sameColourIsOneToOne() {
        assertThat(ContrastRatio.between("#1d5c87", "#1d5c87")).isCloseTo(1.0, within(0.001));
    }

    @Test
    void greySeventySevenJustFailsAaAgainstWhite() {
        assertThat(ContrastRatio.againstWhite("#777777")).isCloseTo(4.48, within(0.01));
    }

    @Test
    void defaultBrandColourPassesAa() {
        assertThat(ContrastRatio.againstWhite("#1d5c87")).isGreaterThanOrEqualTo(ContrastRatio.AA_NORMAL_TEXT);
    }

    @Test
    void refusesAMunicipalityColourTooLightForWhiteText() {
        var source = new MapConfigurationPropertySource(Map.of(
                "wegwijs.data-dir", "data", "wegwijs.municipality.brand-colour", "#7fb2e5"));
        assertThatThrownBy(() -> new Binder(source).bind("wegwijs", WegwijsProperties.class))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("#7fb2e5")
                .hasMessageContaining("4.5:1");
    }

    @Test
    void bindsADarkEnoughMunicipalityColour() {
        var source = new MapConfigurationPropertySource(Map.of(
                "wegwijs.data-dir", "data", "wegwijs.municipality.brand-colour", "#004b23",
                "wegwijs.municipality.name", "Gemeente Meppel"));
        var properties = new Binder(source).bind("wegwijs", WegwijsProperties.class).get();
        assertThat(properties.municipality().brandColour()).isEqualTo("#004b23");
        assertThat(properties.municipality().name()).isEqualTo("Gemeente Meppel");
    }
}
