package nl.wegwijs.shared.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %m}, {@code %msg} and {@code %message} in logback-spring.xml: the formatted message, BSNs masked. */
public class BsnMaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return BsnMask.mask(super.convert(event));
    }
}
