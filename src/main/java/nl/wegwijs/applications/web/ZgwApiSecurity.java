package nl.wegwijs.applications.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may export cases: consultants and administrators, with HTTP Basic, stateless (no session,
 * so no CSRF token). Ordered before the general {@code /api/**} chain, which denies what it does not know.
 */
@Configuration(proxyBeanMethods = false)
class ZgwApiSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain zgwApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/zgw/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/zgw/**").hasAnyRole("CONSULTANT", "ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
