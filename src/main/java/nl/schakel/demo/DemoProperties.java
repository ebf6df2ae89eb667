package nl.schakel.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When to seed the demo region.
 *
 * @param seed {@code AUTO}: only into the embedded database; {@code ALWAYS}: also into an external one
 *     (for a test environment); {@code NEVER}
 * @param password the password of every demo user
 */
@ConfigurationProperties("schakel.demo")
public record DemoProperties(@DefaultValue("AUTO") Seed seed, @DefaultValue("Schakel-demo-2026") String password) {

    public enum Seed {
        AUTO, ALWAYS, NEVER
    }
}
