package nl.schakel.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * One module (the test's package) with all the modules it depends on, on its own fresh embedded PostgreSQL (the
 * {@code database} module) and with a clock tests can move. Only the beans of those modules exist, so a listener
 * of another module cannot do the module's work for it; {@code Scenario} proves the events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(SchakelIntegrationTest.TestClock.class)
public @interface SchakelModuleTest {

    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.ALL_DEPENDENCIES;

    /**
     * Modules started besides the dependencies: the database always, and the demo region (which needs
     * {@code access} and {@code organisations}) unless the test makes its own.
     */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {"database", "demo"};
}
