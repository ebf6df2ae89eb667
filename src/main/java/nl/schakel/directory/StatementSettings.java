package nl.schakel.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the region fills into its public statements (decision 0025): the texts are messages, these are their
 * region-specific parts, set per deployment ({@code schakel.statements.*}).
 *
 * @param regionCode the region whose directory the public page "Waar kan ik melden" shows
 * @param controller the controller of the personal data (verwerkingsverantwoordelijke)
 * @param email contact address for questions, requests to see or correct data, and accessibility problems
 * @param phone contact phone number
 * @param privacyOfficer how to reach the data protection officer
 * @param accessibilityStatus the Digitoegankelijk compliance status: A (fully), B (partly), C, D or E
 * @param accessibilityDate the date of the statement (day-month-year)
 */
@ConfigurationProperties("schakel.statements")
public record StatementSettings(@DefaultValue("midden-nederland") String regionCode,
        @DefaultValue("Gemeente Utrecht, namens de regio Midden-Nederland") String controller,
        @DefaultValue("privacy@schakel.example") String email,
        @DefaultValue("14 030") String phone,
        @DefaultValue("fg@schakel.example") String privacyOfficer,
        @DefaultValue("B") String accessibilityStatus,
        @DefaultValue("29-11-2026") String accessibilityDate) {
}
