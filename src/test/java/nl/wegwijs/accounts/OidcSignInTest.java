package nl.wegwijs.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The claim rules of OpenID Connect sign-in on the real database, with ID tokens made here (the
 * browser journey against a real provider is {@code OidcSignInIT}). The demo configuration: the
 * resident registration is {@code digid}, no DigiD service is mapped.
 */
@PostgresTest
class OidcSignInTest {

    private static final String ISSUER = "https://broker.test/digid";

    @Autowired
    OidcSignIn signIn;

    @Autowired
    OidcAccounts oidcAccounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetWhatSigningInCreated() {
        SecurityContextHolder.clearContext();
        // Other tests count the demo accounts; audit rows are append-only and point at no account.
        jdbc.update("delete from representation_scope where representation_id in (select r.id from representation r"
                + " join account a on a.id = r.actor_account_id where a.oidc_issuer = ?)", ISSUER);
        jdbc.update("delete from representation where actor_account_id in"
                + " (select id from account where oidc_issuer = ?)", ISSUER);
        jdbc.update("delete from account_role where account_id in (select id from account where oidc_issuer = ?)",
                ISSUER);
        jdbc.update("delete from account where oidc_issuer = ?", ISSUER);
    }

    @Test
    void demoResidentSigningInWithDigidGetsTheExistingAccountWithThatBsn() {
        OidcUser user = signIn.loadUser(request("digid", "sub-" + UUID.randomUUID(), Map.of("bsn", "999990019")));

        assertThat(user.getName()).isEqualTo("resident");
        assertThat(user.getAuthorities()).extracting(Object::toString).contains("ROLE_RESIDENT");
        assertThat(jdbc.queryForObject("select count(*) from account where oidc_issuer = ?", Integer.class, ISSUER))
                .isZero();
    }

    @Test
    void newResidentGetsAGeneratedUserNameAndIsFoundAgainBySubject() {
        String subject = "sub-" + UUID.randomUUID();
        OidcUser first = signIn.loadUser(request("digid", subject, Map.of("bsn", "999990056", "name", "Sem Bakker")));
        OidcUser again = signIn.loadUser(request("digid", subject, Map.of("bsn", "999990056")));

        assertThat(first.getName()).startsWith("digid-").isEqualTo(again.getName());
        assertThat(jdbc.queryForObject("select display_name from account where username = ?", String.class,
                first.getName())).isEqualTo("Sem Bakker");
    }

    @Test
    void subjectThatComesBackWithAnotherBsnIsRefused() {
        String subject = "sub-" + UUID.randomUUID();
        signIn.loadUser(request("digid", subject, Map.of("bsn", "999990056")));

        assertThatThrownBy(() -> signIn.loadUser(request("digid", subject, Map.of("bsn", "999990068"))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        refused -> assertThat(refused.getError().getErrorCode()).isEqualTo("oidc"));
    }

    @Test
    void disabledResidentAccountIsRefused() {
        String subject = "sub-" + UUID.randomUUID();
        OidcUser user = signIn.loadUser(request("digid", subject, Map.of("bsn", "999990056")));
        jdbc.update("update account set enabled = false where username = ?", user.getName());

        assertThatThrownBy(() -> signIn.loadUser(request("digid", subject, Map.of("bsn", "999990056"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void missingBsnIsRefusedAsNoValidBsn() {
        assertThatThrownBy(() -> signIn.loadUser(request("digid", "sub-" + UUID.randomUUID(), Map.of("name", "X"))))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        refused -> assertThat(refused.getError().getErrorCode()).isEqualTo("bsn"));
    }

    @Test
    void mandateForAServiceThatIsNotMappedIsRefused() {
        var claims = Map.<String, Object>of("gemachtigde", Map.of("bsn", "999990056"),
                "aanvrager", Map.of("bsn", "999990081"), "service_id", "urn:unknown-service");

        assertThatThrownBy(() -> signIn.loadUser(request("digid", "sub-" + UUID.randomUUID(), claims)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        refused -> assertThat(refused.getError().getErrorCode()).isEqualTo("mandate"));
    }

    @Test
    void mandateWithAnInvalidRepresenteeBsnIsRefused() {
        var claims = Map.<String, Object>of("gemachtigde", Map.of("bsn", "999990056"),
                "aanvrager", Map.of("bsn", "999990080"));

        assertThatThrownBy(() -> signIn.loadUser(request("digid", "sub-" + UUID.randomUUID(), claims)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        refused -> assertThat(refused.getError().getErrorCode()).isEqualTo("mandate"));
    }

    @Test
    void mandateIsRecordedOnceAndRenewedAndAuditedAsAChangeAtTheNextSignIn() {
        String subject = "sub-" + UUID.randomUUID();
        var claims = Map.<String, Object>of("gemachtigde", Map.of("bsn", "999990056"),
                "aanvrager", Map.of("bsn", "999990093"));

        succeed(signIn.loadUser(request("digid", subject, claims)));
        succeed(signIn.loadUser(request("digid", subject, claims)));

        var mandates = jdbc.queryForList("select r.id from representation r join account a on a.id = r.actor_account_id"
                + " where a.oidc_subject = ? and r.representee_bsn = '999990093' and r.basis = 'DIGID_MANDATE'"
                + " and r.status = 'ACTIVE'", UUID.class, subject);
        assertThat(mandates).hasSize(1);
        assertThat(jdbc.queryForList("select matter from representation_scope where representation_id = ?",
                String.class, mandates.getFirst())).containsExactlyInAnyOrder("APPLICATIONS", "MESSAGES");
        assertThat(jdbc.queryForList("select action from audit_event where object_id = ? order by id", String.class,
                mandates.getFirst().toString())).containsExactly("CREATED", "CHANGED");
    }

    @Test
    void mandateTheResidentWithdrewInWegwijsIsNotRenewedBySigningInAgain() {
        String subject = "sub-" + UUID.randomUUID();
        var claims = Map.<String, Object>of("gemachtigde", Map.of("bsn", "999990056"),
                "aanvrager", Map.of("bsn", "999990093"));
        succeed(signIn.loadUser(request("digid", subject, claims)));
        UUID mandate = jdbc.queryForObject("select r.id from representation r join account a"
                + " on a.id = r.actor_account_id where a.oidc_subject = ?", UUID.class, subject);
        // The resident (another account) withdrew it on "Wie regelt zaken voor mij".
        jdbc.update("update representation set status = 'REVOKED', ended_by = ? where id = ?", UUID.randomUUID(),
                mandate);

        succeed(signIn.loadUser(request("digid", subject, claims)));

        assertThat(jdbc.queryForObject("select status from representation where id = ?", String.class, mandate))
                .isEqualTo("REVOKED");
        assertThat(jdbc.queryForList("select action from audit_event where object_id = ? order by id", String.class,
                mandate.toString())).containsExactly("CREATED");
    }

    @Test
    void mandateForOneselfRecordsNothing() {
        String subject = "sub-" + UUID.randomUUID();
        var claims = Map.<String, Object>of("gemachtigde", Map.of("bsn", "999990056"),
                "aanvrager", Map.of("bsn", "999990056"));

        succeed(signIn.loadUser(request("digid", subject, claims)));

        assertThat(jdbc.queryForObject("select count(*) from representation r join account a"
                + " on a.id = r.actor_account_id where a.oidc_subject = ?", Integer.class, subject)).isZero();
    }

    @Test
    void registrationThatIsNeitherResidentNorStaffIsRefused() {
        assertThatThrownBy(() -> signIn.loadUser(request("elsewhere", "sub-x", Map.of("bsn", "999990056"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void staffMatchIgnoresCaseButNeverTakesAResidentAccount() {
        assertThat(oidcAccounts.staff("CONSULTANT")).map(Account::username).contains("consultant");
        assertThat(oidcAccounts.staff("Resident")).isEmpty();
        assertThat(oidcAccounts.staff("nobody")).isEmpty();
    }

    /** What Spring Security does after the user service: the signed-in context, then the success event. */
    private void succeed(OidcUser user) {
        var authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "digid");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, getClass()));
        SecurityContextHolder.clearContext();
    }

    private static OidcUserRequest request(String registrationId, String subject, Map<String, Object> extraClaims) {
        var registration = ClientRegistration.withRegistrationId(registrationId)
                .clientId("wegwijs")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri(ISSUER + "/authorize")
                .tokenUri(ISSUER + "/token")
                .jwkSetUri(ISSUER + "/jwks")
                .issuerUri(ISSUER)
                .userNameAttributeName("sub")
                .scope("openid")
                .build();
        Instant now = Instant.now();
        var claims = new HashMap<String, Object>(extraClaims);
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("aud", java.util.List.of("wegwijs"));
        var idToken = new OidcIdToken("id-token", now, now.plus(1, ChronoUnit.HOURS), claims);
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now,
                now.plus(1, ChronoUnit.HOURS));
        return new OidcUserRequest(registration, accessToken, idToken);
    }
}
