package nl.schakel;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts Schakel. */
// Accounts come from Schakel's own provider; Boot's generated in-memory user must never exist.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class SchakelApplication {

    /** The one source of "now", so that time-dependent rules can be tested. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(SchakelApplication.class, args);
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--schakel.command="))) {
            // A command (such as audit-verify) has run: stop, with the exit code it reported.
            System.exit(SpringApplication.exit(context));
        }
    }
}
