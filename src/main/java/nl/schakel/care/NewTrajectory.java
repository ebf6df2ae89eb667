package nl.schakel.care;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a care coordinator records to start a trajectory; the lead is the coordinator and their organisation.
 *
 * @param personLabel how the coordinator names the person in the trajectory (initials or a first name)
 * @param subjectId the person in the region's subject registry, when known
 * @param caseId the case the trajectory belongs to, when there is one
 */
public record NewTrajectory(String personLabel, @Nullable UUID subjectId, @Nullable UUID caseId, UUID municipalityId,
        MunicipalityReason municipalityReason, @Nullable Integer age, ResidenceStatus residenceStatus,
        boolean unaccompaniedMinor, Set<String> exploitationForms, Set<Need> needs) {
}
