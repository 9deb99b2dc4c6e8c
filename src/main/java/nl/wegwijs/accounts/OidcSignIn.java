package nl.wegwijs.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wegwijs.shared.SignInProperties;
import nl.wegwijs.shared.security.SignInRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns an OpenID Connect sign-in into a Wegwijs account. Residents (DigiD through the broker)
 * need a valid BSN in the configured claim; with DigiD-machtiging claims they act for the person
 * represented. Staff must match an enabled staff account. Spring Security picks this bean up as
 * the OIDC user service; a refusal carries a {@link SignInRefusal} code for the login page.
 */
@Component
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private final OidcUserService provider = new OidcUserService();
    private final SignInProperties registrations;
    private final ClaimMapping claims;
    private final OidcAccounts accounts;
    private final Clock clock;

    OidcSignIn(SignInProperties registrations, ClaimMapping claims, OidcAccounts accounts, Clock clock) {
        this.registrations = registrations;
        this.claims = claims;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        try {
            if (registration.equals(registrations.residentRegistration())) {
                return resident(user);
            }
            if (registration.equals(registrations.staffRegistration())) {
                return staff(user);
            }
            throw refused(SignInRefusal.OTHER);
        } catch (DataAccessException failure) {
            // No claim values in the log: they hold BSNs.
            log.warn("OpenID Connect sign-in through {} failed in the database: {}", registration,
                    failure.getClass().getSimpleName());
            throw refused(SignInRefusal.OTHER);
        }
    }

    static OAuth2AuthenticationException refused(SignInRefusal refusal) {
        return new OAuth2AuthenticationException(new OAuth2Error(refusal.code()));
    }

    private OidcUser resident(OidcUser user) {
        Map<String, Object> given = user.getClaims();
        var mandate = claims.mandate();
        boolean acting = ClaimMapping.text(given, mandate.representeeBsnClaim()).isPresent();
        Optional<String> bsnText = acting
                ? ClaimMapping.text(given, mandate.actorBsnClaim()).or(() -> ClaimMapping.text(given, claims.bsnClaim()))
                : ClaimMapping.text(given, claims.bsnClaim());
        Bsn bsn = bsnText.flatMap(Bsn::parse).orElseThrow(() -> refused(SignInRefusal.NO_VALID_BSN));
        MandateClaim mandateClaim = acting ? mandate(given, user, bsn) : null;
        Account account = accounts.resident(user.getIdToken().getIssuer().toString(), user.getSubject(), bsn,
                ClaimMapping.text(given, claims.nameClaim()));
        return signedIn(user, account, mandateClaim);
    }

    private MandateClaim mandate(Map<String, Object> given, OidcUser user, Bsn actor) {
        var mapping = claims.mandate();
        Bsn representee = ClaimMapping.text(given, mapping.representeeBsnClaim()).flatMap(Bsn::parse)
                .orElseThrow(() -> refused(SignInRefusal.NO_VALID_MANDATE));
        if (representee.equals(actor)) {
            return null;
        }
        // A service the municipality did not map is refused, never widened to the default scope.
        Optional<String> service = ClaimMapping.text(given, mapping.serviceClaim());
        Set<Matter> scope = service.isPresent() ? mapping.services().get(service.get()) : mapping.defaultScope();
        if (scope == null || scope.isEmpty()) {
            throw refused(SignInRefusal.NO_VALID_MANDATE);
        }
        Instant until;
        try {
            until = ClaimMapping.instant(given, mapping.validUntilClaim()).orElseGet(user.getIdToken()::getExpiresAt);
        } catch (IllegalArgumentException unreadable) {
            throw refused(SignInRefusal.NO_VALID_MANDATE);
        }
        if (until == null || !until.isAfter(clock.instant())) {
            throw refused(SignInRefusal.NO_VALID_MANDATE);
        }
        String name = ClaimMapping.text(given, mapping.representeeNameClaim())
                .filter(text -> text.length() <= 200).orElseGet(representee::masked);
        return new MandateClaim(representee.value(), name, scope, until);
    }

    private OidcUser staff(OidcUser user) {
        Account account = ClaimMapping.text(user.getClaims(), claims.staffClaim())
                .flatMap(accounts::staff)
                .orElseThrow(() -> refused(SignInRefusal.NO_STAFF_ACCOUNT));
        return signedIn(user, account, null);
    }

    private static OidcUser signedIn(OidcUser user, Account account, MandateClaim mandate) {
        List<SimpleGrantedAuthority> authorities = account.roles().stream().sorted()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return new SignedInOidcUser(authorities, user.getIdToken(), user.getUserInfo(), account.username(), mandate);
    }
}
