package nl.wegwijs.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Lets {@link CounterSessionEnding} hear when an HTTP session ends: the servlet container tells Spring. */
@Configuration(proxyBeanMethods = false)
class CounterSessionConfiguration {

    @Bean
    HttpSessionEventPublisher counterHttpSessionEvents() {
        return new HttpSessionEventPublisher();
    }
}
