package nl.schakel.care.internal;

import java.util.Set;
import java.util.UUID;

import nl.schakel.care.ConsentSigner;
import nl.schakel.care.ConsentStatus;
import nl.schakel.care.MunicipalityReason;
import nl.schakel.care.Need;
import nl.schakel.care.ResidenceStatus;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryStatus;
import org.jspecify.annotations.Nullable;

/** A whole trajectory row, read only for its lead organisation. */
public record TrajectoryRow(TrajectoryId id, UUID regionId, String personLabel, @Nullable UUID subjectId,
        @Nullable UUID caseId, UUID leadOrganisationId, UUID leadUserId, UUID municipalityId,
        MunicipalityReason municipalityReason, @Nullable Integer age, ResidenceStatus residenceStatus,
        boolean unaccompaniedMinor, Set<String> exploitationForms, Set<Need> needs, TrajectoryStatus status,
        ConsentStatus consent, @Nullable ConsentSigner consentSigner) {
}
