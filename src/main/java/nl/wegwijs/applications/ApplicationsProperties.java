package nl.wegwijs.applications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of applying for support, bound from {@code wegwijs.applications.*}.
 *
 * @param portalAddress the portal's public address, for links in e-mails and letters
 * @param maxUploadSize the largest document a resident may upload
 * @param maxDocuments the most documents one melding may carry
 * @param defaultTeam the team that gets a case when no postcode rule matches
 * @param teamsByPostcode the team per four-digit postcode (PC4) of the resident's address
 * @param mailFrom the sender of notification e-mails
 */
@Validated
@ConfigurationProperties("wegwijs.applications")
public record ApplicationsProperties(
        @NotBlank @DefaultValue("http://localhost:8080") String portalAddress,
        @DefaultValue("10MB") DataSize maxUploadSize,
        @Positive @DefaultValue("10") int maxDocuments,
        @NotBlank @DefaultValue("Wmo-team") String defaultTeam,
        @DefaultValue Map<String, String> teamsByPostcode,
        @NotBlank @DefaultValue("noreply@gemeente.example") String mailFrom) {

    /** The team for a resident at {@code postcode} (any format; only the four digits count). */
    public String teamFor(String postcode) {
        if (postcode == null || postcode.strip().length() < 4) {
            return defaultTeam;
        }
        return teamsByPostcode.getOrDefault(postcode.strip().substring(0, 4), defaultTeam);
    }
}
