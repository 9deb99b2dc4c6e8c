package nl.wegwijs.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything a municipality configures about its portal, bound from {@code wegwijs.*}.
 *
 * @param dataDir folder for the embedded database and the search index
 * @param demoAccounts whether the demonstration accounts are created (never in production)
 * @param contentLocation where the versioned content lives (page texts, later directory data)
 * @param municipality name, logo, colour and contact details shown in the shell
 * @param embeddablePaths URL patterns other sites may show in a frame
 * @param directory the sociale kaart's dataset and import limits
 */
@Validated
@ConfigurationProperties("wegwijs")
public record WegwijsProperties(
        @NotNull Path dataDir,
        @DefaultValue("false") boolean demoAccounts,
        @NotBlank @DefaultValue("classpath:content/") String contentLocation,
        @Valid @NotNull @DefaultValue Municipality municipality,
        @DefaultValue List<String> embeddablePaths,
        @Valid @NotNull @DefaultValue Directory directory) {

    /**
     * The sociale kaart.
     *
     * @param dataset folder with the dataset (HSDS JSON files and postcodes.tsv) for the geography
     *     and, when {@code loadSample} is set, loaded into an empty directory on first start
     * @param loadSample whether to load the dataset's services into an empty directory
     * @param loadSampleInBackground load it after start-up rather than before the portal is ready
     * @param importMaxBytes largest HSDS import body accepted
     */
    public record Directory(
            @NotBlank @DefaultValue("classpath:content/directory/meppel/") String dataset,
            @DefaultValue("true") boolean loadSample,
            @DefaultValue("true") boolean loadSampleInBackground,
            @DefaultValue("52428800") long importMaxBytes) {

        public Directory {
            dataset = dataset != null && !dataset.endsWith("/") ? dataset + "/" : dataset;
        }
    }

    /**
     * The municipality that runs this portal.
     *
     * @param brandColour background colour of the header and buttons; white text on it must
     *     reach a contrast of at least 4.5:1 (checked at start-up)
     */
    public record Municipality(
            @NotBlank @DefaultValue("Gemeente Wegwijs") String name,
            @NotBlank @DefaultValue("/images/logo.svg") String logoUrl,
            @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour like #1d5c87")
                    @DefaultValue("#1d5c87") String brandColour,
            @NotBlank @DefaultValue("14 0000") String phone,
            @NotBlank @DefaultValue("info@gemeente.example") String email,
            @NotBlank @DefaultValue("Stadhuisplein 1, 1234 AB Wegwijs") String address,
            @NotBlank @DefaultValue("Maandag tot en met vrijdag, 9.00 tot 17.00 uur") String openingHours) {

        public Municipality {
            if (brandColour != null && brandColour.matches("#[0-9a-fA-F]{6}")
                    && ContrastRatio.againstWhite(brandColour) < ContrastRatio.AA_NORMAL_TEXT) {
                throw new IllegalArgumentException(("wegwijs.municipality.brand-colour %s gives white text a "
                        + "contrast of only %.2f:1; WCAG 2.1 AA needs at least 4.5:1. Choose a darker colour.")
                        .formatted(brandColour, ContrastRatio.againstWhite(brandColour)));
            }
        }
    }
}
