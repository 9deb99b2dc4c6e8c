package nl.wegwijs.directory.web;

import static org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embeddable card is the one page any website may frame: {@code frame-ancestors *} and no
 * X-Frame-Options (every other page keeps DENY from the portal's own chain). Anonymous, read only,
 * without session or cookies, and a strict policy: the card loads only the portal's style sheet.
 */
@Configuration(proxyBeanMethods = false)
class EmbedSecurity {

    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors *";

    @Bean
    @Order(2)
    SecurityFilterChain embeddableCard(HttpSecurity http) throws Exception {
        http.securityMatcher(EmbedController.PATH)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, EmbedController.PATH).permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers
                        .frameOptions(frameOptions -> frameOptions.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                        .referrerPolicy(referrer -> referrer.policy(STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
