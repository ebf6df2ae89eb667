package nl.schakel.care.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import nl.schakel.care.B8Decision;
import nl.schakel.care.ConsentStatus;
import nl.schakel.care.MunicipalityReason;
import nl.schakel.care.Need;
import nl.schakel.care.NewTrajectory;
import nl.schakel.care.ResidenceStatus;
import nl.schakel.care.TrajectoryCare;
import nl.schakel.care.TrajectoryLine;
import nl.schakel.care.TrajectoryStatus;
import nl.schakel.care.TrajectoryView;
import org.jspecify.annotations.Nullable;

/**
 * A trajectory as the partner API shows it to the organisation that leads it, version 1: the API's own record, so
 * the domain's records can change without changing the API.
 */
@Schema(name = "Trajectory")
@JsonInclude(JsonInclude.Include.NON_NULL)
record TrajectoryV1(@Schema(requiredMode = RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = RequiredMode.REQUIRED) TrajectoryStatus status,
        @Schema(requiredMode = RequiredMode.REQUIRED) String personLabel, @Nullable UUID subjectId,
        @Nullable UUID caseId, @Schema(requiredMode = RequiredMode.REQUIRED) String municipalityName,
        @Schema(requiredMode = RequiredMode.REQUIRED) MunicipalityReason municipalityReason, @Nullable Integer age,
        @Schema(requiredMode = RequiredMode.REQUIRED) ResidenceStatus residenceStatus,
        @Schema(requiredMode = RequiredMode.REQUIRED) boolean unaccompaniedMinor,
        @Schema(requiredMode = RequiredMode.REQUIRED) Set<String> exploitationForms,
        @Schema(requiredMode = RequiredMode.REQUIRED) Set<Need> needs,
        @Schema(requiredMode = RequiredMode.REQUIRED) ConsentStatus consent, @Nullable LocalDate b8Start,
        @Nullable LocalDate b8End, @Nullable B8Decision b8Decision) {

    static TrajectoryV1 of(TrajectoryView view) {
        TrajectoryCare c = java.util.Objects.requireNonNull(view.care());
        return new TrajectoryV1(view.id().value(), java.util.Objects.requireNonNull(view.status()), c.personLabel(),
                c.subjectId(), c.caseId(), c.municipalityName(), c.municipalityReason(), c.age(), c.residenceStatus(),
                c.unaccompaniedMinor(), c.exploitationForms(), c.needs(), c.consent(),
                view.b8() == null ? null : view.b8().start(), view.b8() == null ? null : view.b8().end(),
                view.b8() == null ? null : view.b8().decision());
    }

    /** A line of the list. */
    @Schema(name = "TrajectorySummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Summary(@Schema(requiredMode = RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String personLabel,
            @Schema(requiredMode = RequiredMode.REQUIRED) TrajectoryStatus status, @Nullable LocalDate b8End,
            @Nullable B8Decision b8Decision) {

        static Summary of(TrajectoryLine line) {
            return new Summary(line.id().value(), String.valueOf(line.personLabel()),
                    java.util.Objects.requireNonNull(line.status()), line.b8End(), line.b8Decision());
        }
    }

    /**
     * A new trajectory, started by a partner system of a care coordination organisation.
     *
     * @param leadUserId the care coordinator of the organisation who leads it
     */
    @Schema(name = "NewTrajectory")
    record New(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200) @Nullable String personLabel,
            @Schema(requiredMode = RequiredMode.REQUIRED) @Nullable UUID leadUserId, @Nullable UUID subjectId,
            @Nullable UUID caseId, @Schema(requiredMode = RequiredMode.REQUIRED) @Nullable UUID municipalityId,
            @Schema(requiredMode = RequiredMode.REQUIRED) @Nullable MunicipalityReason municipalityReason,
            @Schema(minimum = "0", maximum = "120") @Nullable Integer age,
            @Schema(requiredMode = RequiredMode.REQUIRED) @Nullable ResidenceStatus residenceStatus,
            @Nullable Boolean unaccompaniedMinor, @Nullable Set<String> exploitationForms, @Nullable Set<Need> needs) {

        /** The fields missing or out of range, by name. */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (personLabel == null || personLabel.isBlank() || personLabel.length() > 200) {
                problems.add("personLabel");
            }
            if (leadUserId == null) {
                problems.add("leadUserId");
            }
            if (municipalityId == null) {
                problems.add("municipalityId");
            }
            if (municipalityReason == null) {
                problems.add("municipalityReason");
            }
            if (age != null && (age < 0 || age > 120)) {
                problems.add("age");
            }
            if (residenceStatus == null) {
                problems.add("residenceStatus");
            }
            // "needs": [null] would be stored and break every later read.
            if (needs != null && needs.contains(null)) {
                problems.add("needs");
            }
            if (exploitationForms != null && exploitationForms.contains(null)) {
                problems.add("exploitationForms");
            }
            return problems;
        }

        NewTrajectory command() {
            return new NewTrajectory(String.valueOf(personLabel), subjectId, caseId,
                    java.util.Objects.requireNonNull(municipalityId), java.util.Objects.requireNonNull(municipalityReason),
                    age, java.util.Objects.requireNonNull(residenceStatus), Boolean.TRUE.equals(unaccompaniedMinor),
                    exploitationForms == null ? Set.of() : exploitationForms, needs == null ? Set.of() : needs);
        }
    }
}
