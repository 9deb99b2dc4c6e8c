package nl.wegwijs.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteAliasData;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.security.ServiceProbe.ServiceMethod;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every role (and an anonymous visitor) against every view and every public service method: the
 * decisions in the code must match {@code security/authorization-matrix.tsv}, and a new route or
 * method without a decision, or missing from the matrix, fails the build. Views are asked through
 * Vaadin's own access checker; services are called through their Spring proxy as a demo account of
 * each role, in a transaction that is rolled back.
 */
@PostgresTest
class AuthorizationMatrixTest {

    private static final String MATRIX = "/security/authorization-matrix.tsv";
    /** Demo account per role: a real account, so services that look up the signed-in person find one. */
    private static final Map<String, String> DEMO_ACCOUNT = Map.of("RESIDENT", "resident", "FRONT_DESK", "frontdesk",
            "CONSULTANT", "consultant", "VOLUNTEER", "volunteer", "CRISIS_WORKER", "crisis",
            "COORDINATOR", "coordinator", "EDITOR", "editor", "ADMIN", "admin");

    @Autowired
    ApplicationContext context;

    @Autowired
    ServletContext servletContext;

    @Autowired
    AccessAnnotationChecker accessChecker;

    @Autowired
    UserDetailsService accounts;

    private AuthorizationMatrix matrix;
    private ServiceProbe services;

    @BeforeEach
    void readMatrix() {
        matrix = AuthorizationMatrix.read(MATRIX);
        services = new ServiceProbe(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRouteAndEveryPublicServiceMethodHasAnAccessDecision() {
        assertThat(routes().entrySet()).filteredOn(route -> !Views.hasDecision(route.getValue()))
                .as("views without @AnonymousAllowed, @PermitAll, @RolesAllowed or @DenyAll").isEmpty();
        assertThat(services.methods()).filteredOn(method -> !method.hasDecision()).extracting(ServiceMethod::name)
                .as("public service methods without @PreAuthorize (or a JSR-250 decision)").isEmpty();
    }

    @Test
    void theMatrixListsExactlyTheRoutesAndServiceMethodsThatExist() throws IOException {
        Set<String> existing = new LinkedHashSet<>();
        routes().keySet().forEach(path -> existing.add(AuthorizationMatrix.key("view", path)));
        services.methods().forEach(method -> existing.add(AuthorizationMatrix.key("method", method.name())));
        writeActualMatrix();

        assertThat(existing).as("routes and methods missing from %s (see target/authorization-matrix.actual.tsv)",
                MATRIX).isSubsetOf(matrix.entries().keySet());
        assertThat(matrix.entries().keySet()).as("matrix rows for routes or methods that no longer exist")
                .isSubsetOf(existing);
    }

    @Test
    void everyRoleSeesExactlyTheViewsTheMatrixGivesIt() {
        List<String> disagreements = new ArrayList<>();
        routes().forEach((path, view) -> {
            var entry = matrix.entries().get(AuthorizationMatrix.key("view", path));
            if (entry != null && !entry.allowed().equals(allowedViews(view))) {
                disagreements.add(path + ": matrix " + AuthorizationMatrix.format(entry.allowed()) + ", code "
                        + AuthorizationMatrix.format(allowedViews(view)));
            }
        });
        assertThat(disagreements).isEmpty();
    }

    @Test
    void everyRoleMayCallExactlyTheServiceMethodsTheMatrixGivesIt() {
        List<String> disagreements = new ArrayList<>();
        for (ServiceMethod method : services.methods()) {
            var entry = matrix.entries().get(AuthorizationMatrix.key("method", method.name()));
            if (entry == null) {
                continue;
            }
            Set<String> allowed = allowedMethod(method, entry.annotationOnlyReason() != null);
            if (!entry.allowed().equals(allowed)) {
                disagreements.add(method.name() + ": matrix " + AuthorizationMatrix.format(entry.allowed())
                        + ", code " + AuthorizationMatrix.format(allowed));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void callingAMethodAndEvaluatingItsAnnotationAgreeAndAMissingDecisionIsSeen() throws Exception {
        var staffOnly = services.methods().stream().filter(method -> method.name().endsWith("StaffAccounts#staff()"))
                .findFirst().orElseThrow();
        var undecided = new ServiceMethod("none", Undecided.class, Undecided.class.getMethod("secrets"));

        assertThat(staffOnly.hasDecision()).isTrue();
        assertThat(allowedMethod(staffOnly, false)).containsExactly("ADMIN");
        assertThat(allowedMethod(staffOnly, true)).containsExactly("ADMIN");
        assertThat(undecided.hasDecision()).isFalse();
    }

    /** A service as someone might forget to secure it. */
    public static class Undecided {
        public String secrets() {
            return "";
        }
    }

    private Map<String, Class<?>> routes() {
        Map<String, Class<?>> routes = new LinkedHashMap<>();
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        for (RouteData route : registry.getRegisteredRoutes()) {
            Class<?> view = route.getNavigationTarget();
            if (isTestFixture(view)) {
                continue;
            }
            routes.put("/" + route.getTemplate(), view);
            for (RouteAliasData alias : route.getRouteAliases()) {
                routes.put("/" + alias.getTemplate(), view);
            }
        }
        assertThat(routes).as("routes found in the running portal").containsKey("/beheer/accounts");
        return routes;
    }

    private static boolean isTestFixture(Class<?> view) {
        var source = view.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    private Set<String> allowedViews(Class<?> view) {
        Set<String> allowed = new LinkedHashSet<>();
        for (String identity : AuthorizationMatrix.IDENTITIES) {
            Authentication authentication = authenticate(identity);
            boolean anonymous = authentication instanceof AnonymousAuthenticationToken;
            Set<String> authorities = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
            if (accessChecker.hasAccess(view, anonymous ? null : authentication,
                    role -> !anonymous && authorities.contains("ROLE_" + role))) {
                allowed.add(identity);
            }
        }
        return allowed;
    }

    private Set<String> allowedMethod(ServiceMethod method, boolean annotationOnly) {
        Set<String> allowed = new LinkedHashSet<>();
        for (String identity : AuthorizationMatrix.IDENTITIES) {
            Authentication authentication = authenticate(identity);
            SecurityContextHolder.getContext().setAuthentication(authentication);
            try {
                if (annotationOnly ? services.annotationAllows(method, () -> authentication)
                        : services.invokeAllows(method)) {
                    allowed.add(identity);
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return allowed;
    }

    private Authentication authenticate(String identity) {
        if (identity.equals(AuthorizationMatrix.ANONYMOUS)) {
            return new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        var user = accounts.loadUserByUsername(DEMO_ACCOUNT.get(identity));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** What the code decides today, in the matrix format: a starting point when a route or method is added. */
    private void writeActualMatrix() throws IOException {
        List<String> lines = new ArrayList<>();
        routes().forEach((path, view) -> lines.add("view\t" + path + "\t" + AuthorizationMatrix.format(allowedViews(view))));
        for (ServiceMethod method : services.methods()) {
            var entry = matrix.entries().get(AuthorizationMatrix.key("method", method.name()));
            boolean annotationOnly = entry != null && entry.annotationOnlyReason() != null;
            lines.add("method\t" + method.name() + "\t" + AuthorizationMatrix.format(allowedMethod(method, annotationOnly))
                    + (annotationOnly ? "\tannotation: " + entry.annotationOnlyReason() : ""));
        }
        Files.writeString(Path.of("target/authorization-matrix.actual.tsv"),
                lines.stream().sorted().collect(Collectors.joining("\n", "", "\n")));
    }
}
