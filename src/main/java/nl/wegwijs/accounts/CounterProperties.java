package nl.wegwijs.accounts;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the front-desk counter, bound from {@code wegwijs.counter.*}.
 *
 * @param portalAddress the address residents type at home to continue (printed on the hand-over)
 */
@Validated
@ConfigurationProperties("wegwijs.counter")
record CounterProperties(@NotBlank @DefaultValue("http://localhost:8080") String portalAddress) {
}
