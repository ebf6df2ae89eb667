package nl.schakel.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real port, on its own fresh embedded PostgreSQL with the demo region,
 * and with a clock tests can move. All integration tests share this one configuration, so they share
 * one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SchakelIntegrationTest.TestClock.class)
public @interface SchakelIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        /** Lets the test helpers compute second-factor codes by this context's clock, found by its port. */
        @Bean
        ApplicationListener<WebServerInitializedEvent> clockOfThisPort(MutableClock clock) {
            return event -> clock.servesPort(event.getWebServer().getPort());
        }
    }
}
