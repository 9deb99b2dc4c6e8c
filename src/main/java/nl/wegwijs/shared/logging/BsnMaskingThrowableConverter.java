package nl.wegwijs.shared.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;

/**
 * {@code %wEx}, {@code %ex} and the other exception words in logback-spring.xml: the stack trace on
 * a new line, with BSNs in exception messages (of the whole cause chain) masked.
 */
public class BsnMaskingThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String trace = super.convert(event);
        if (trace == null || trace.isEmpty()) {
            return trace;
        }
        return CoreConstants.LINE_SEPARATOR + BsnMask.mask(trace);
    }
}
