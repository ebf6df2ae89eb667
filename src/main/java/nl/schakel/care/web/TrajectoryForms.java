package nl.schakel.care.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.care.B8Decision;
import nl.schakel.care.ConsentSigner;
import nl.schakel.care.ConsentStatus;
import nl.schakel.care.MunicipalityReason;
import nl.schakel.care.Need;
import nl.schakel.care.NewTrajectory;
import nl.schakel.care.OffenceType;
import nl.schakel.care.ResidenceStatus;
import nl.schakel.care.TrajectoryStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The command records of the trajectory pages (decision 0019): one per form. */
final class TrajectoryForms {

    private TrajectoryForms() {
    }

    /** A new trajectory. Unticked check boxes are not sent: a missing value means no. */
    record NewForm(@NotBlank(message = "{care.personLabel.required}")
            @Size(max = 200, message = "{care.personLabel.tooLong}") @Nullable String personLabel,
            @Nullable UUID subjectId, @Nullable UUID caseId,
            @NotNull(message = "{care.municipality.required}") @Nullable UUID municipalityId,
            @NotNull(message = "{care.municipalityReason.required}") @Nullable MunicipalityReason municipalityReason,
            @Min(value = 0, message = "{care.age.invalid}") @Max(value = 120, message = "{care.age.invalid}")
            @Nullable Integer age,
            @NotNull(message = "{care.residenceStatus.required}") @Nullable ResidenceStatus residenceStatus,
            @Nullable Boolean unaccompaniedMinor, @Nullable Set<String> exploitationForms, @Nullable Set<Need> needs) {

        static NewForm empty() {
            return new NewForm(null, null, null, null, null, null, null, null, null, null);
        }

        NewTrajectory command() {
            return new NewTrajectory(String.valueOf(personLabel), subjectId, caseId, municipalityId,
                    municipalityReason, age, residenceStatus, Boolean.TRUE.equals(unaccompaniedMinor),
                    exploitationForms == null ? Set.of() : exploitationForms, needs == null ? Set.of() : needs);
        }
    }

    record StatusForm(@NotNull(message = "{care.status.required}") @Nullable TrajectoryStatus to) {
    }

    record ConsentForm(@NotNull(message = "{care.consent.required}") @Nullable ConsentStatus to,
            @Nullable ConsentSigner signer) {
    }

    record NeedsForm(@Nullable Set<Need> needs) {
    }

    record B8StartForm(@NotNull(message = "{care.b8.start.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate start) {
    }

    record B8DecisionForm(@NotNull(message = "{care.b8.decision.required}") @Nullable B8Decision decision) {
    }

    record NonPunishmentForm(@NotNull(message = "{care.offence.required}") @Nullable OffenceType offenceType,
            @Nullable Boolean omInformed, @Nullable Boolean tmmInformed) {
    }
}
