package nl.wegwijs.shared.security;

import java.util.Optional;
import nl.wegwijs.shared.SignInProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The ways to sign in besides the password form: a link that starts the OpenID Connect flow for
 * residents (DigiD) and one for staff, each present only when its registration is configured.
 * A named registration that does not exist stops the start-up, so a typo cannot hide a button.
 */
@Component
public class SignInChoices {

    static final String AUTHORIZATION_PATH = "oauth2/authorization/";

    private final boolean enabled;
    private final Optional<String> resident;
    private final Optional<String> staff;

    SignInChoices(SignInProperties properties, ObjectProvider<ClientRegistrationRepository> registrations) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        this.enabled = repository != null;
        this.resident = link(repository, "resident-registration", properties.residentRegistration());
        this.staff = link(repository, "staff-registration", properties.staffRegistration());
    }

    /** Whether any OpenID Connect registration is configured (then the OAuth2 login flow is on). */
    public boolean enabled() {
        return enabled;
    }

    /** The address (relative to the portal) that starts DigiD sign-in, if configured. */
    public Optional<String> residentLink() {
        return resident;
    }

    /** The address (relative to the portal) that starts staff sign-in with the municipality's provider, if configured. */
    public Optional<String> staffLink() {
        return staff;
    }

    private static Optional<String> link(ClientRegistrationRepository repository, String property, String id) {
        if (repository == null || id.isEmpty()) {
            return Optional.empty();
        }
        if (repository.findByRegistrationId(id) == null) {
            throw new IllegalStateException(("wegwijs.sign-in.%s=%s names no OpenID Connect registration: configure "
                    + "spring.security.oauth2.client.registration.%s.* or leave wegwijs.sign-in.%s empty")
                    .formatted(property, id, id, property));
        }
        return Optional.of(AUTHORIZATION_PATH + id);
    }
}
