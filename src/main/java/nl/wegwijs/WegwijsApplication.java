package nl.wegwijs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the Wegwijs portal. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WegwijsApplication {

    public static void main(String[] args) {
        SpringApplication.run(WegwijsApplication.class, args);
    }
}
