package nl.wegwijs.chat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.wegwijs.support.PostgresTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole portal on a random port with PostgreSQL and chat timings short enough to test
 * (the same for every chat test, so they share one application context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PostgresTest
@Import(ChatTestBeans.class)
@TestPropertySource(properties = {
    "wegwijs.chat.inactivity-warning=6s",
    "wegwijs.chat.inactivity-close=2s",
    "wegwijs.chat.tier-fallback=3s",
    "wegwijs.chat.retention=2s",
    "wegwijs.chat.purge-interval=1h",
    "wegwijs.chat.tick=200ms",
    "wegwijs.chat.max-queue=3"
})
@interface ChatServerTest {
}
