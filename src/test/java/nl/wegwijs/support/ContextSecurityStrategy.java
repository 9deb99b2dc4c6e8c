package nl.wegwijs.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test, makes the test's own application context's security-context strategy the
 * global one. Every context that starts installs its own strategy (Vaadin's) globally, while the
 * method-security interceptors of contexts started earlier keep theirs; without this, a test in a
 * cached earlier context would put its sign-in where its services never look (order-dependent
 * "no Authentication" and "forbidden" failures when several contexts share a JVM).
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // Before Spring Security's WithSecurityContextTestExecutionListener sets up @WithUserDetails.
        return 100;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
