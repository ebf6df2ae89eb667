package nl.schakel.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseEnums.Flag;
import nl.schakel.cases.CaseEnums.Focus;
import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.CaseEnums.Outcome;
import nl.schakel.cases.CaseEnums.ParticipantRole;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The commands that change a case, each checked with Bean Validation: the browser forms bind them, the services
 * take them. Rules only the service knows (the lead, the state machines) are refusals of the service.
 */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** Opens a case from signals (none is allowed: a case can start without one). */
    public record NewCase(
            @NotBlank(message = "{cases.field.required}") @Size(max = 200, message = "{cases.field.tooLong}") @Nullable String title,
            @NotNull(message = "{cases.field.required}") @Nullable Focus focus,
            @Nullable Set<String> exploitationForms,
            @Nullable Set<Flag> flags,
            @NotNull(message = "{cases.field.required}") @Nullable EscalationLevel escalationLevel,
            @NotBlank(message = "{cases.field.required}") @Size(max = 500, message = "{cases.field.tooLong}") @Nullable String legalBasis,
            @Nullable List<UUID> signalIds) {
    }

    public record NewParticipant(
            @NotNull(message = "{cases.field.required}") @Nullable UUID organisationId,
            @Nullable UUID personId,
            @NotNull(message = "{cases.field.required}") @Nullable ParticipantRole role,
            @NotEmpty(message = "{cases.field.chooseOne}") @Nullable Set<CaseScope> scopes,
            @NotBlank(message = "{cases.field.required}") @Size(max = 500, message = "{cases.field.tooLong}") @Nullable String legalBasis,
            @NotNull(message = "{cases.field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn) {
    }

    /** Ends a participation; the lead's is refused without a successor. */
    public record EndParticipation(@NotNull(message = "{cases.field.required}") @Nullable UUID participantId) {
    }

    /** Proposes a participant's person as the new lead; they must accept. */
    public record Handover(@NotNull(message = "{cases.field.required}") @Nullable UUID participantId) {
    }

    public record NewMilestone(
            @NotBlank(message = "{cases.field.required}") @Size(max = 200, message = "{cases.field.tooLong}") @Nullable String title,
            @NotNull(message = "{cases.field.required}") @Nullable UUID ownerParticipantId,
            @NotNull(message = "{cases.field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn) {
    }

    public record MilestoneMove(@NotNull(message = "{cases.field.required}") @Nullable UUID milestoneId, @NotNull(message = "{cases.field.required}") @Nullable MilestoneStatus status) {
    }

    public record NewIntervention(
            @NotBlank(message = "{cases.field.required}") @Nullable String type,
            @NotNull(message = "{cases.field.required}") @Nullable UUID executingOrganisationId,
            @NotBlank(message = "{cases.field.required}") @Size(max = 200, message = "{cases.field.tooLong}") @Nullable String decisionMaker,
            @Min(value = 1, message = "{cases.field.range}") @Max(value = 365, message = "{cases.field.range}") @Nullable Integer graceDays,
            @Min(value = 0, message = "{cases.field.range}") @Nullable Long amountEuros,
            @Size(max = 2000, message = "{cases.field.tooLong}") @Nullable String explanation) {
    }

    /**
     * Moves an intervention ({@code status}, or none to record only the objection); {@code on} is the decision date
     * (to DECIDED), the effective date (to IN_EFFECT) or the end date.
     */
    public record InterventionMove(
            @Nullable InterventionStatus status,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            @Size(max = 500, message = "{cases.field.tooLong}") @Nullable String endReason,
            @Nullable Boolean objectionPending) {
    }

    public record StatusMove(@NotNull(message = "{cases.field.required}") @Nullable CaseStatus status, @Nullable Outcome outcome) {
    }

    public record NewLogEntry(
            @NotNull(message = "{cases.field.required}") @Nullable LogKind kind,
            @NotNull(message = "{cases.field.required}") @Nullable CaseScope scope,
            @NotBlank(message = "{cases.field.required}") @Size(max = 5000, message = "{cases.field.tooLong}") @Nullable String text,
            @Size(max = 500, message = "{cases.field.tooLong}") @Nullable String legalBasis) {
    }
}
