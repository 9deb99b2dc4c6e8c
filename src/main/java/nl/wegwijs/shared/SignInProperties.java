package nl.wegwijs.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which OpenID Connect registrations ({@code spring.security.oauth2.client.registration.<id>})
 * sign people in, bound from {@code wegwijs.sign-in.*}. Without any registration the portal offers
 * only the password form. How claims map to accounts is the accounts module's business.
 *
 * @param residentRegistration the registration for residents (DigiD through a broker); blank for none
 * @param staffRegistration the municipality's provider for staff; blank for none
 */
@ConfigurationProperties("wegwijs.sign-in")
public record SignInProperties(
        @DefaultValue("digid") String residentRegistration,
        @DefaultValue("") String staffRegistration) {

    public SignInProperties {
        residentRegistration = residentRegistration == null ? "" : residentRegistration.strip();
        staffRegistration = staffRegistration == null ? "" : staffRegistration.strip();
    }
}
