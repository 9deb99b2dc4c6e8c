package nl.wegwijs.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RedactedExceptionTest {

    @Test
    void keepsTypesAndStackFramesButNoMessagesOfTheWholeChain() {
        var cause = new IllegalArgumentException("BSN 123456782 is already registered");
        var failure = new IllegalStateException("Could not save Jan Jansen, Dorpsstraat 1", cause);

        var redacted = RedactedException.of(failure);

        String logged = printed(redacted);
        assertThat(logged).doesNotContain("123456782", "Jan Jansen", "Dorpsstraat");
        assertThat(logged).contains("java.lang.IllegalStateException", "java.lang.IllegalArgumentException",
                "keepsTypesAndStackFramesButNoMessagesOfTheWholeChain");
        assertThat(redacted.originalType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(redacted.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(((RedactedException) redacted.getCause()).originalType())
                .isEqualTo("java.lang.IllegalArgumentException");
    }

    private static String printed(Throwable throwable) {
        var text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
