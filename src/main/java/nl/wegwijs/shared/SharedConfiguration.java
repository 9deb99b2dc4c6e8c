package nl.wegwijs.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** One clock for everything time-related, so tests can fix the time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
