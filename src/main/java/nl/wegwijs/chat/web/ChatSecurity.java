package nl.wegwijs.chat.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The chat socket is open to everyone (visitors are anonymous); staff may sign in with HTTP Basic
 * here, and only here, so other clients and load tests can act as responders.
 */
@Configuration(proxyBeanMethods = false)
class ChatSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain chatSocketFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(ChatWebSocketConfiguration.ENDPOINT, ChatWebSocketConfiguration.ENDPOINT + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationDetailsSource(request -> null)) // no remote address kept
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }
}
