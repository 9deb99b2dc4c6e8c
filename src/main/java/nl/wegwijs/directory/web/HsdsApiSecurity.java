package nl.wegwijs.directory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the HSDS API: reading is open to anyone; importing needs a staff account with the
 * EDITOR or ADMIN role, sent with HTTP Basic. Stateless: no session, no cookies, so no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class HsdsApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain hsdsApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/hsds/**", "/api/directory/suggest", "/api/directory/search")
                                .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/hsds/import", "/api/directory/synonyms/reload")
                                .hasAnyRole("EDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/directory/zero-results").hasAnyRole("EDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/directory/index/rebuild").hasRole("ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
