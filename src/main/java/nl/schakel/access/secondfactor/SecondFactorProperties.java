package nl.schakel.access.secondfactor;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The second factor.
 *
 * @param grace how long a new user (or one whose second factor was reset) may still enrol at login with the password
 *        alone; short, because whoever has the password in that window can enrol (decision 0016)
 * @param singleUseCodes whether a code is refused once a code of the same (or a later) time step was accepted;
 *        only tests that log in as the same person many times a minute switch this off
 */
@ConfigurationProperties("schakel.login.second-factor")
public record SecondFactorProperties(
        @DefaultValue("7d") Duration grace,
        @DefaultValue("true") boolean singleUseCodes) {
}
