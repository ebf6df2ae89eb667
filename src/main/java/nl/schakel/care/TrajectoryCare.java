package nl.schakel.care;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The care content of a trajectory, for its lead care coordinator only. */
public record TrajectoryCare(String personLabel, @Nullable UUID subjectId, @Nullable UUID caseId, String leadName,
        String leadOrganisationName, String municipalityName, MunicipalityReason municipalityReason,
        @Nullable Integer age, ResidenceStatus residenceStatus, boolean unaccompaniedMinor,
        Set<String> exploitationForms, Set<Need> needs, ConsentStatus consent, @Nullable ConsentSigner consentSigner) {
}
