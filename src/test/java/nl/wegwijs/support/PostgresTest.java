package nl.wegwijs.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole portal on a real port with a real PostgreSQL database (profile
 * {@code test}: {@code WEGWIJS_TEST_DB_URL}, default {@code 127.0.0.1:5432/wegwijs_test}), in
 * the demo configuration so the demo accounts exist.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CleanDatabase.class)
public @interface PostgresTest {
}
