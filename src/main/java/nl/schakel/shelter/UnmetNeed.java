package nl.schakel.shelter;

import java.time.LocalDate;

/** How often a profile was searched for without a fitting place: no identity, counts only. */
public record UnmetNeed(int age, ServedSex sex, ExploitationForm form, ServiceArea area,
        ResidenceStatus residenceStatus, boolean unaccompaniedMinor, int searches, LocalDate lastSearched) {
}
