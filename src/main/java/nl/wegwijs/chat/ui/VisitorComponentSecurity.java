package nl.wegwijs.chat.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The visitor's chat component ({@code /chat/**}: the script, its style sheet and the vendored
 * STOMP client) is public and may be loaded by partner sites: anonymous, read only, without
 * session or cookies, and readable from any origin (a cross-origin ES module needs CORS).
 */
@Configuration(proxyBeanMethods = false)
class VisitorComponentSecurity {

    static final String PATH = "/chat/**";

    @Bean
    @Order(3)
    SecurityFilterChain visitorComponentFiles(HttpSecurity http) throws Exception {
        http.securityMatcher(PATH)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PATH).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PATH).permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers
                        .addHeaderWriter(new StaticHeadersWriter("Access-Control-Allow-Origin", "*"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "cross-origin")))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
