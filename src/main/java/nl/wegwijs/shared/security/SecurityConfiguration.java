package nl.wegwijs.shared.security;

import static org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.ServletContext;
import java.util.List;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what over HTTP, and the security headers on every answer. Views declare their
 * own access ({@code @AnonymousAllowed}, {@code @RolesAllowed}); everything else is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** Static files and operational endpoints that need no sign-in. */
    static final String[] PUBLIC_PATHS = {
        "/styles/**", "/images/**", "/scripts/**", "/error",
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, WegwijsProperties properties,
            ServletContext servletContext, SignInChoices signInChoices) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .requestMatchers(new UnknownPages(servletContext)).permitAll());
        http.headers(headers -> headers
                .frameOptions(frameOptions -> frameOptions.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(embeddable(properties.embeddablePaths())),
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                .referrerPolicy(referrer -> referrer.policy(STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Vaadin writes its pages through a forward; write the headers before that, not on commit.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.formLogin(form -> form.loginPage("/" + LoginView.PATH).addObjectPostProcessor(
                new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(new SignInFailure("/" + LoginView.PATH));
                return filter;
            }
        }));
        if (signInChoices.enabled()) {
            // OpenID Connect (DigiD through a broker, the municipality's staff provider): the same login
            // page, which links to /oauth2/authorization/<id>; a refusal comes back there with its reason.
            // Signing out ends the Wegwijs session only (docs/decisions/014).
            http.oauth2Login(login -> login
                    .loginPage("/" + LoginView.PATH)
                    .failureHandler(new OidcSignInFailure("/" + LoginView.PATH)));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static RequestMatcher embeddable(List<String> patterns) {
        if (patterns.isEmpty()) {
            return request -> false;
        }
        return new OrRequestMatcher(patterns.stream()
                .<RequestMatcher>map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .toList());
    }
}
