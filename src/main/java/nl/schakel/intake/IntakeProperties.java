package nl.schakel.intake;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the intake.
 *
 * @param regionCode the region whose public form this Schakel serves
 * @param fallbackMunicipality the municipality (by name) whose officers receive signals when the
 *     reporter does not know which municipality it concerns
 * @param baseUrl the address of Schakel as users reach it, for links in e-mails
 * @param signalsPerSource how many signals one source may send through the public form per 10 minutes
 */
@ConfigurationProperties("schakel.intake")
public record IntakeProperties(
        @DefaultValue("midden-nederland") String regionCode,
        @DefaultValue("Gemeente Utrecht") String fallbackMunicipality,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("10") int signalsPerSource) {
}
