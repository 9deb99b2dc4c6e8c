package nl.wegwijs.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** No BSN reaches the application log: the portal's own logback-spring.xml masks messages and exceptions. */
class BsnLogMaskingTest {

    @Test
    void aBsnInAMessageOrAnExceptionIsMaskedAndOtherNumbersStay() throws Exception {
        String output = logThroughTheAppConfiguration(log -> {
            log.info("Looked up resident {} with case number 123456789", "999990019");
            log.warn("Lookup failed", new IllegalStateException("outer",
                    new IllegalArgumentException("No account for BSN 999990020")));
        });

        assertThat(output).doesNotContain("999990019", "999990020")
                .contains("Looked up resident ******019 with case number 123456789")
                .contains("No account for BSN ******020")
                .contains("java.lang.IllegalStateException: outer");
    }

    @Test
    void onlyNineDigitNumbersThatPassTheElevenCheckAreMasked() {
        assertThat(BsnMask.mask("bsn=999990019;")).isEqualTo("bsn=******019;");
        assertThat(BsnMask.mask("999990019 en 999990032")).isEqualTo("******019 en ******032");
        assertThat(BsnMask.mask("order 123456789")).as("fails the eleven-check").isEqualTo("order 123456789");
        assertThat(BsnMask.mask("phone 0999990019")).as("ten digits").isEqualTo("phone 0999990019");
        assertThat(BsnMask.mask("000000000")).isEqualTo("000000000");
        assertThat(BsnMask.mask(null)).isNull();
    }

    private static String logThroughTheAppConfiguration(java.util.function.Consumer<Logger> logging) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            configurator.doConfigure(BsnLogMaskingTest.class.getResource("/logback-spring.xml"));
            logging.accept(context.getLogger("nl.wegwijs.test"));
        } finally {
            System.setOut(original);
            context.stop();
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
