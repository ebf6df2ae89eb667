package nl.schakel.shelter;

import java.util.Set;

/** Whom a place is sought for: a profile, never a name. */
public record SearchProfile(int age, ServedSex sex, ExploitationForm form, ServiceArea area,
        Set<ContraIndication> contraIndications, ResidenceStatus residenceStatus, boolean unaccompaniedMinor) {
}
